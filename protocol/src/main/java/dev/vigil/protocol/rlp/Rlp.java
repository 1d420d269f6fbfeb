package dev.vigil.protocol.rlp;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.RlpItem.RlpList;
import dev.vigil.protocol.rlp.RlpItem.RlpString;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Strict RLP (docs/protocol.md 3.1). The decoder accepts exactly the outputs
 * of the canonical encoder; the Solidity twin enforces the same rules, one per
 * line, so keep this list and the code in step:
 *
 * <ol>
 *   <li>The input is not empty.
 *   <li>Prefix {@code 0x00..0x7f}: the byte itself, a 1-byte string.
 *   <li>Prefix {@code 0x80..0xb7}: a string of {@code prefix - 0x80} bytes. A
 *       1-byte string whose byte is below {@code 0x80} is refused (it must be
 *       written as the bare byte).
 *   <li>Prefix {@code 0xb8..0xbf}: {@code prefix - 0xb7} length bytes, then a
 *       string of that length. The first length byte is not zero and the
 *       length is at least 56 (shorter ones use the short form).
 *   <li>Prefix {@code 0xc0..0xf7}: a list whose payload is {@code prefix - 0xc0}
 *       bytes. Prefix {@code 0xf8..0xff}: long list, length rules as in 4.
 *   <li>Every item (prefix, length bytes and payload) fits inside the list
 *       that holds it, or inside the input for the outer item.
 *   <li>A list's payload is exactly a sequence of whole items, at every depth.
 *   <li>The outer item ends exactly at the end of the input (no trailing bytes).
 * </ol>
 *
 * <p>Integer fields add rules of their own ({@link RlpItem#asUint}): no leading
 * zero byte, zero is the empty string, a maximum length per field.
 */
public final class Rlp {
  private Rlp() {}

  /** Decodes exactly one item filling {@code input}, or throws with the reason. */
  public static RlpItem decode(Bytes input) throws RlpException {
    return RlpDecoder.decode(input.unsafeArray());
  }

  /** The canonical encoding of a byte string. */
  public static Bytes encodeString(Bytes s) {
    if (s.length() == 1 && s.getUnsigned(0) < 0x80) {
      return s;
    }
    return Bytes.concat(prefix(0x80, s.length()), s);
  }

  /** The canonical encoding of a list, from its items' encodings. */
  public static Bytes encodeList(List<Bytes> encodedItems) {
    int n = 0;
    for (Bytes b : encodedItems) {
      n += b.length();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(n + 9);
    out.writeBytes(prefix(0xc0, n).unsafeArray());
    for (Bytes b : encodedItems) {
      out.writeBytes(b.unsafeArray());
    }
    return Bytes.wrap(out.toByteArray());
  }

  /** The canonical encoding of an unsigned integer: minimal big-endian, zero as the empty string. */
  public static Bytes encodeUint(BigInteger v) {
    if (v.signum() < 0) {
      throw new IllegalArgumentException("negative integer: " + v);
    }
    return encodeString(Bytes.wrap(minimal(v.toByteArray())));
  }

  /** {@link #encodeUint(BigInteger)} of {@code v} read as an unsigned 64-bit integer. */
  public static Bytes encodeUint64(long v) {
    int skip = Long.numberOfLeadingZeros(v) / 8;
    byte[] out = new byte[8 - skip];
    for (int i = 0; i < out.length; i++) {
      out[i] = (byte) (v >>> (8 * (out.length - 1 - i)));
    }
    return encodeString(Bytes.wrap(out));
  }

  /** The canonical encoding of a decoded item (equal to its input bytes, decoding being strict). */
  public static Bytes encode(RlpItem item) {
    if (item instanceof RlpString s) {
      return encodeString(s.bytes());
    }
    List<RlpItem> items = ((RlpList) item).items();
    List<Bytes> encoded = new ArrayList<>(items.size());
    for (RlpItem i : items) {
      encoded.add(encode(i));
    }
    return encodeList(encoded);
  }

  private static byte[] minimal(byte[] twosComplement) {
    int skip = 0;
    while (skip < twosComplement.length && twosComplement[skip] == 0) {
      skip++;
    }
    return java.util.Arrays.copyOfRange(twosComplement, skip, twosComplement.length);
  }

  /** Short form below 56 bytes of payload, long form (with a minimal length) above. */
  private static Bytes prefix(int base, int length) {
    if (length <= 55) {
      return Bytes.of((byte) (base + length));
    }
    int lenOfLen = 4 - Integer.numberOfLeadingZeros(length) / 8;
    byte[] out = new byte[1 + lenOfLen];
    out[0] = (byte) (base + 55 + lenOfLen);
    for (int i = 0; i < lenOfLen; i++) {
      out[1 + i] = (byte) (length >>> (8 * (lenOfLen - 1 - i)));
    }
    return Bytes.wrap(out);
  }
}
