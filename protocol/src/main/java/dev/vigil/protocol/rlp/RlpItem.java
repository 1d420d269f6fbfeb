package dev.vigil.protocol.rlp;

import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.util.List;

/** A decoded RLP item: a byte string or a list of items. */
public sealed interface RlpItem permits RlpItem.RlpString, RlpItem.RlpList {

  /** A byte string item. */
  record RlpString(Bytes bytes) implements RlpItem {
    public RlpString {
      java.util.Objects.requireNonNull(bytes, "bytes");
    }
  }

  /** A list item. */
  record RlpList(List<RlpItem> items) implements RlpItem {
    public RlpList {
      items = List.copyOf(items);
    }
  }

  /** This item's bytes; a list where a string is expected is an error. */
  default Bytes asString(String field) throws RlpException {
    if (this instanceof RlpString s) {
      return s.bytes();
    }
    throw new RlpException("rlp: expected input string or byte for " + field);
  }

  /** This item's items; a string where a list is expected is an error. */
  default List<RlpItem> asList(String field) throws RlpException {
    if (this instanceof RlpList l) {
      return l.items();
    }
    throw new RlpException("rlp: expected input list for " + field);
  }

  /**
   * This item as a canonical unsigned integer of at most {@code maxBytes}
   * bytes: big-endian without a leading zero byte, zero being the empty string.
   */
  default BigInteger asUint(String field, int maxBytes) throws RlpException {
    Bytes b = asString(field);
    if (b.length() > maxBytes) {
      throw new RlpException("rlp: integer longer than " + maxBytes + " bytes for " + field);
    }
    if (b.length() > 0 && b.get(0) == 0) {
      throw new RlpException("rlp: non-canonical integer (leading zero bytes) for " + field);
    }
    return new BigInteger(1, b.unsafeArray());
  }

  /** This item as a canonical unsigned 64-bit integer (in a long, read unsigned). */
  default long asUint64(String field) throws RlpException {
    return asUint(field, 8).longValue();
  }
}
