package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Optional;

/**
 * {@code ecrecover} over secp256k1 (docs/protocol.md 3.1): the sender is the
 * address of {@code Q = r^-1 (s R - e G)}, where {@code R} is the curve point
 * with x-coordinate {@code r} and y-parity {@code yParity}, and {@code e} the
 * signing hash. {@code r} and {@code s} must be in {@code [1, n-1]} and
 * {@code s <= n/2} (EIP-2). An invalid signature is an empty result, never an
 * exception: this is the hot path of both the mempool and the verifier.
 *
 * <p>The ranges are checked here; the curve arithmetic runs in libsecp256k1 when it loads,
 * else in Bouncy Castle ({@link RecoveryBackends}, chosen once per JVM; {@link #backend()}).
 */
public final class SenderRecovery {
  private static final RecoveryBackends.Choice ACTIVE = RecoveryBackends.configured();

  private SenderRecovery() {}

  public static Optional<Address> recover(SignedTx tx) {
    return recover(tx.signingHash(), tx.yParity(), tx.r(), tx.s());
  }

  public static Optional<Address> recover(Bytes32 hash, int yParity, BigInteger r, BigInteger s) {
    return recover(ACTIVE.backend(), hash, yParity, r, s);
  }

  /**
   * The implementation in use and why, for one line of a process's startup log:
   * {@code native (libsecp256k1 via secp256k1-kmp 0.23.0)} or
   * {@code bouncycastle (native unavailable: <reason>)} or {@code bouncycastle (vigil.secp256k1=bc)}.
   */
  public static String backend() {
    return ACTIVE.describe();
  }

  /** The backend chosen for this JVM, which {@link TxSigner} signs with too. */
  static RecoveryBackend active() {
    return ACTIVE.backend();
  }

  static Optional<Address> recover(RecoveryBackend backend, Bytes32 hash, int yParity, BigInteger r,
      BigInteger s) {
    return inRange(yParity, r, s) ? backend.recover(hash, yParity, r, s) : Optional.empty();
  }

  private static boolean inRange(int yParity, BigInteger r, BigInteger s) {
    return r.signum() > 0 && r.compareTo(Secp256k1.N) < 0 && s.signum() > 0
        && s.compareTo(Secp256k1.HALF_N) <= 0 && (yParity == 0 || yParity == 1);
  }
}
