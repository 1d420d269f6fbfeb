package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Optional;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * Recovery in Java: {@code Q = r^-1 (s R - e G)}, where {@code R} is the curve point with
 * x-coordinate {@code r} and y-parity {@code yParity}, and {@code e} the signing hash. The
 * fallback when libsecp256k1 cannot load, for recovery and signing alike.
 */
final class BouncyCastleRecovery implements RecoveryBackend {
  static final BouncyCastleRecovery INSTANCE = new BouncyCastleRecovery();

  private BouncyCastleRecovery() {}

  @Override
  public Optional<Address> recover(Bytes32 hash, int yParity, BigInteger r, BigInteger s) {
    ECPoint q = publicKey(hash, yParity, r, s);
    return q == null ? Optional.empty() : Optional.of(Secp256k1.address(q));
  }

  @Override
  public byte[] publicKey(BigInteger privateKey) {
    return publicKeyPoint(privateKey).getEncoded(false);
  }

  /** RFC 6979 in Bouncy Castle; {@code yParity} by recovering with each parity in turn. */
  @Override
  public TxSigner.Signature sign(BigInteger privateKey, Bytes32 hash) {
    ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
    signer.init(true, new ECPrivateKeyParameters(privateKey, Secp256k1.DOMAIN));
    BigInteger[] rs = signer.generateSignature(hash.toArray());
    BigInteger r = rs[0];
    BigInteger s = rs[1].compareTo(Secp256k1.HALF_N) > 0 ? Secp256k1.N.subtract(rs[1]) : rs[1];
    ECPoint expected = publicKeyPoint(privateKey);
    for (int parity = 0; parity <= 1; parity++) {
      ECPoint q = publicKey(hash, parity, r, s);
      if (q != null && q.equals(expected)) {
        return new TxSigner.Signature(parity, r, s);
      }
    }
    throw new IllegalStateException("no recovery id reproduces the signer's key");
  }

  @Override
  public String name() {
    return "bouncycastle";
  }

  /** The recovered public key (normalized), or null; the ranges are the caller's to check. */
  static ECPoint publicKey(Bytes32 hash, int yParity, BigInteger r, BigInteger s) {
    ECPoint rPoint = pointWithX(r, yParity);
    if (rPoint == null) {
      return null;
    }
    BigInteger n = Secp256k1.N;
    BigInteger e = hash.toBigInteger();
    BigInteger rInv = r.modInverse(n);
    BigInteger u1 = e.negate().multiply(rInv).mod(n);
    BigInteger u2 = s.multiply(rInv).mod(n);
    ECPoint q = ECAlgorithms.sumOfTwoMultiplies(Secp256k1.G, u1, rPoint, u2).normalize();
    return q.isInfinity() ? null : q;
  }

  private static ECPoint publicKeyPoint(BigInteger privateKey) {
    return new FixedPointCombMultiplier().multiply(Secp256k1.G, privateKey).normalize();
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
