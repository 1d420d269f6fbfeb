package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Where the secp256k1 arithmetic runs: natively (libsecp256k1) or in Java (Bouncy Castle).
 * {@link SenderRecovery} computes {@code ecrecover} here once it has checked the signature's
 * ranges, {@link TxSigner} signs here once it has checked the key. Both give the same answer
 * (the same bytes) for every input; the native one is several times faster, the Java one
 * always available.
 */
sealed interface RecoveryBackend permits NativeRecovery, BouncyCastleRecovery {
  /**
   * The address that signed {@code hash}, or empty when no public key recovers. The caller has
   * checked {@code 1 <= r < n}, {@code 1 <= s <= n/2} and {@code yParity} in {0, 1}.
   */
  Optional<Address> recover(Bytes32 hash, int yParity, BigInteger r, BigInteger s);

  /**
   * The 65-byte uncompressed public key {@code 0x04 || x || y} of {@code privateKey}, which the
   * caller has checked is in {@code [1, n-1]}.
   */
  byte[] publicKey(BigInteger privateKey);

  /**
   * The RFC 6979 deterministic ECDSA signature (HMAC-SHA256, no extra entropy) of {@code hash}
   * by {@code privateKey} (in {@code [1, n-1]}, checked by the caller), {@code s} in the low
   * half (EIP-2), with the {@code yParity} that recovers the key.
   */
  TxSigner.Signature sign(BigInteger privateKey, Bytes32 hash);

  /** {@code native} or {@code bouncycastle}, for logs and benchmarks. */
  String name();
}
