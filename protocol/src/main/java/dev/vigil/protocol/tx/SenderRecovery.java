package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;

/**
 * {@code ecrecover} over secp256k1 (docs/protocol.md 3.1): the sender is the
 * address of {@code Q = r^-1 (s R - e G)}, where {@code R} is the curve point
 * with x-coordinate {@code r} and y-parity {@code yParity}, and {@code e} the
 * signing hash. {@code r} and {@code s} must be in {@code [1, n-1]} and
 * {@code s <= n/2} (EIP-2). An invalid signature is an empty result, never an
 * exception: this is the hot path of both the mempool and the verifier.
 */
public final class SenderRecovery {
  private SenderRecovery() {}

  public static Optional<Address> recover(SignedTx tx) {
    return recover(tx.signingHash(), tx.yParity(), tx.r(), tx.s());
  }

  public static Optional<Address> recover(Bytes32 hash, int yParity, BigInteger r, BigInteger s) {
    ECPoint q = publicKey(hash, yParity, r, s);
    return q == null ? Optional.empty() : Optional.of(Secp256k1.address(q));
  }

  /** The recovered public key (normalized), or null when the signature is invalid. */
  static ECPoint publicKey(Bytes32 hash, int yParity, BigInteger r, BigInteger s) {
    BigInteger n = Secp256k1.N;
    if (r.signum() <= 0 || r.compareTo(n) >= 0 || s.signum() <= 0
        || s.compareTo(Secp256k1.HALF_N) > 0 || (yParity != 0 && yParity != 1)) {
      return null;
    }
    ECPoint rPoint = pointWithX(r, yParity);
    if (rPoint == null) {
      return null;
    }
    BigInteger e = hash.toBigInteger();
    BigInteger rInv = r.modInverse(n);
    BigInteger u1 = e.negate().multiply(rInv).mod(n);
    BigInteger u2 = s.multiply(rInv).mod(n);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(Secp256k1.G, u1, rPoint, u2).normalize();
    return q.isInfinity() ? null : q;
  }

  /** The point {@code (x, y)} with y of the given parity, or null when {@code x^3 + 7} is not a square. */
  private static ECPoint pointWithX(BigInteger x, int yParity) {
    ECFieldElement fx = Secp256k1.CURVE.fromBigInteger(x);
    ECFieldElement alpha = fx.square().multiply(fx).add(Secp256k1.CURVE.getB());
    ECFieldElement y = alpha.sqrt();
    if (y == null) {
      return null;
    }
    if (y.testBitZero() != (yParity == 1)) {
      y = y.negate();
    }
    return Secp256k1.CURVE.createPoint(fx.toBigInteger(), y.toBigInteger());
  }
}
