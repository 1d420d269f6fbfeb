package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Optional;

/**
 * How {@link SenderRecovery} computes {@code ecrecover} once it has checked the signature's
 * ranges: natively (libsecp256k1) or in Java (Bouncy Castle). Both give the same answer for
 * every input; the native one is about four times faster, the Java one always available.
 */
sealed interface RecoveryBackend permits NativeRecovery, BouncyCastleRecovery {
  /**
   * The address that signed {@code hash}, or empty when no public key recovers. The caller has
   * checked {@code 1 <= r < n}, {@code 1 <= s <= n/2} and {@code yParity} in {0, 1}.
   */
  Optional<Address> recover(Bytes32 hash, int yParity, BigInteger r, BigInteger s);

  /** {@code native} or {@code bouncycastle}, for logs and benchmarks. */
  String name();
}
