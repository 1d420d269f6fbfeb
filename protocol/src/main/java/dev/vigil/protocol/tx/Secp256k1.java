package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;

/**
 * The secp256k1 curve, built once. Bouncy Castle's custom curve has a fast
 * field and the GLV endomorphism, which recovery spends most of its time in.
 */
final class Secp256k1 {
  private static final X9ECParameters PARAMS = CustomNamedCurves.getByName("secp256k1");
  static final ECCurve CURVE = PARAMS.getCurve();
  static final ECPoint G = PARAMS.getG();
  static final BigInteger N = PARAMS.getN();
  /** EIP-2: the largest accepted {@code s}, {@code floor(n / 2)}. */
  static final BigInteger HALF_N = N.shiftRight(1);
  static final ECDomainParameters DOMAIN =
      new ECDomainParameters(CURVE, G, N, PARAMS.getH());

  private Secp256k1() {}

  /** The Ethereum address of a public key: the last 20 bytes of {@code H(x || y)}. */
  static Address address(ECPoint publicKey) {
    return address(publicKey.getEncoded(false));
  }

  /** The same from the 65-byte uncompressed encoding {@code 0x04 || x || y}. */
  static Address address(byte[] uncompressed) {
    if (uncompressed.length != 65 || uncompressed[0] != 4) {
      throw new IllegalArgumentException("not an uncompressed public key: " + uncompressed.length + " bytes");
    }
    byte[] h = Keccak.hash(Arrays.copyOfRange(uncompressed, 1, 65)).unsafeArray();
    return new Address(Bytes.wrap(Arrays.copyOfRange(h, 12, 32)));
  }
}
