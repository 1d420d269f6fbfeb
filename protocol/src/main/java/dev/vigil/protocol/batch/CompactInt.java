package dev.vigil.protocol.batch;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * The integers of a compact transaction (docs/protocol.md 3.5):
 *
 * <pre>
 * int = u8(h) || bytes{L}
 *       h &lt;  0xe0: L = h &gt;&gt; 5 (0..6), e = h &amp; 0x1f: the integer m * 10^e, m the L bytes
 *       h &gt;= 0xe0: L = h - 0xdf (1..32): the integer is the L bytes
 * </pre>
 *
 * Round amounts (1 gwei, 21000, 10^15 wei) take two bytes. Every form that gives a value is
 * read; {@link #write} writes the shortest, as the spec defines it.
 */
final class CompactInt {
  /** The first header of the plain big-endian form. */
  static final int PLAIN = 0xe0;
  private static final int MAX_EXPONENT = 31;
  private static final int MAX_MANTISSA_BYTES = 6;
  private static final BigInteger TEN = BigInteger.TEN;

  private CompactInt() {}

  /** Appends the shortest encoding of {@code v} ({@code 0 <= v < 2^256}). */
  static void write(ByteArrayOutputStream out, BigInteger v) {
    if (v.signum() < 0 || v.bitLength() > 256) {
      throw new IllegalArgumentException("not a uint256: " + v);
    }
    if (v.signum() == 0) {
      out.write(0);
      return;
    }
    int e = 0;
    BigInteger m = v;
    while (e < MAX_EXPONENT) {
      BigInteger[] qr = m.divideAndRemainder(TEN);
      if (qr[1].signum() != 0) {
        break;
      }
      m = qr[0];
      e++;
    }
    byte[] mantissa = unsigned(m);
    if (mantissa.length <= MAX_MANTISSA_BYTES) {
      out.write((mantissa.length << 5) | e);
      out.writeBytes(mantissa);
    } else {
      byte[] plain = unsigned(v);
      out.write(PLAIN - 1 + plain.length);
      out.writeBytes(plain);
    }
  }

  /** Reads one integer at {@code r}'s position; {@code null} if the bytes end inside it. */
  static BigInteger read(CompactReader r) {
    int h = r.u8();
    if (h < 0) {
      return null;
    }
    if (h >= PLAIN) {
      byte[] b = r.take(h - (PLAIN - 1));
      return b == null ? null : new BigInteger(1, b);
    }
    byte[] m = r.take(h >> 5);
    if (m == null) {
      return null;
    }
    return new BigInteger(1, m).multiply(TEN.pow(h & 0x1f));
  }

  /** Minimal big-endian bytes of {@code v > 0}. */
  private static byte[] unsigned(BigInteger v) {
    byte[] b = v.toByteArray();
    if (b[0] != 0) {
      return b;
    }
    byte[] out = new byte[b.length - 1];
    System.arraycopy(b, 1, out, 0, out.length);
    return out;
  }
}
