package dev.vigil.protocol.tx;

import static dev.vigil.protocol.tx.TxFixtures.eip1559Transfer;
import static dev.vigil.protocol.tx.TxFixtures.hex;
import static dev.vigil.protocol.tx.TxFixtures.items;
import static dev.vigil.protocol.tx.TxFixtures.legacyTransfer;
import static dev.vigil.protocol.tx.TxFixtures.rebuild;
import static dev.vigil.protocol.tx.TxFixtures.withItem;

import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per rule of docs/protocol.md 3.1 that makes bytes malformed (some
 * rules have a row per transaction type or per field). Shared by the decoder
 * test and the generator of the Solidity vectors.
 */
final class MalformedTxCases {
  /** A malformed input and a fragment of the reason the decoder must give. */
  record Case(String name, Bytes raw, String reason) {}

  private MalformedTxCases() {}

  static List<Case> all() {
    Bytes legacy = legacyTransfer();
    Bytes typed = eip1559Transfer();
    List<Case> c = new ArrayList<>();
    // non-canonical RLP
    c.add(new Case("long length form for a short string", withItem(legacy, 5, hex("b803616263")),
        "non-canonical size"));
    c.add(new Case("single byte below 0x80 wrapped as a string", withItem(legacy, 0, hex("8105")),
        "non-canonical size"));
    c.add(new Case("leading zero byte in a length", withItem(legacy, 5, hex("b90038" + "61".repeat(56))),
        "non-canonical size"));
    c.add(new Case("leading zero byte in the outer list length", outerLengthWithLeadingZero(legacy),
        "non-canonical size"));
    c.add(new Case("non-canonical item inside the access list", withItem(typed, 8, hex("c28105")),
        "non-canonical size"));
    c.add(new Case("leading zero byte in an integer (legacy value)", withItem(legacy, 4, hex("820001")),
        "leading zero"));
    c.add(new Case("leading zero byte in an integer (1559 maxFeePerGas)", withItem(typed, 3, hex("83003b9a")),
        "leading zero"));
    c.add(new Case("zero integer written as 0x00 (nonce)", withItem(legacy, 0, hex("00")), "leading zero"));
    c.add(new Case("zero yParity written as 0x00", withItem(typed, 9, hex("00")), "leading zero"));
    c.add(new Case("truncated: last byte missing", legacy.slice(0, legacy.length() - 1), "exceeds"));
    c.add(new Case("item longer than its list", itemOverrunsList(legacy), "exceeds"));
    // trailing bytes
    c.add(new Case("trailing byte after a legacy transaction", Bytes.concat(legacy, hex("00")),
        "more than one value"));
    c.add(new Case("trailing list after a 1559 transaction", Bytes.concat(typed, hex("c0")),
        "more than one value"));
    // item counts
    c.add(new Case("legacy with 8 items", dropLast(legacy), "has 8 elements"));
    c.add(new Case("legacy with 10 items", addItem(legacy), "has 10 elements"));
    c.add(new Case("1559 with 11 items", dropLast(typed), "has 11 elements"));
    c.add(new Case("1559 with 13 items", addItem(typed), "has 13 elements"));
    // shapes
    c.add(new Case("list where the nonce is expected", withItem(legacy, 0, hex("c0")), "expected input string"));
    c.add(new Case("list where data is expected", withItem(typed, 7, hex("c0")), "expected input string"));
    c.add(new Case("string where the 1559 outer list is expected", hex("0280"), "expected input list"));
    c.add(new Case("accessList a string", withItem(typed, 8, hex("80")), "expected input list for accessList"));
    // integer sizes
    c.add(new Case("value of 33 bytes", withItem(legacy, 4, hex("a101" + "00".repeat(32))), "longer than 32"));
    c.add(new Case("r of 33 bytes", withItem(typed, 10, hex("a101" + "00".repeat(32))), "longer than 32"));
    c.add(new Case("legacy v of 33 bytes", withItem(legacy, 6, hex("a101" + "00".repeat(32))), "longer than 32"));
    c.add(new Case("nonce of 9 bytes", withItem(legacy, 0, hex("89010000000000000000")), "longer than 8"));
    c.add(new Case("gasLimit of 9 bytes", withItem(typed, 4, hex("89010000000000000000")), "longer than 8"));
    // to
    c.add(new Case("to of 19 bytes", withItem(legacy, 3, hex("93" + "11".repeat(19))), "to is 19 bytes"));
    c.add(new Case("to of 21 bytes", withItem(typed, 5, hex("95" + "11".repeat(21))), "to is 21 bytes"));
    c.add(new Case("to of 1 byte", withItem(legacy, 3, hex("01")), "to is 1 bytes"));
    // first byte
    for (String first : new String[] {"00", "01", "03", "7f", "80", "b7", "bf"}) {
      c.add(new Case("first byte 0x" + first, Bytes.concat(hex(first), typed.slice(1)),
          "transaction type not supported"));
    }
    c.add(new Case("empty input", Bytes.EMPTY, "too short"));
    c.add(new Case("type byte alone", hex("02"), "empty input"));
    // yParity and v
    c.add(new Case("yParity 2", withItem(typed, 9, hex("02")), "yParity is neither 0 nor 1"));
    c.add(new Case("yParity 27", withItem(typed, 9, hex("1b")), "yParity is neither 0 nor 1"));
    for (String v : new String[] {"1b", "1c", "22", "80"}) {
      c.add(new Case("legacy v = 0x" + v, withItem(legacy, 6, hex(v)), "replay-protected"));
    }
    // size
    c.add(new Case("4097 bytes", withItem(legacy, 5, dataOfTotalSize(legacy, 4097)), "oversized data"));
    return c;
  }

  private static Bytes outerLengthWithLeadingZero(Bytes legacy) {
    // legacy transfers are 100..255 bytes long: f8 LL -> f9 00 LL
    if (legacy.getUnsigned(0) != 0xf8) {
      throw new IllegalStateException("unexpected fixture length");
    }
    return Bytes.concat(hex("f900"), legacy.slice(1));
  }

  private static Bytes itemOverrunsList(Bytes legacy) {
    // the outer list claims one byte less than it holds, and one byte follows
    int len = legacy.getUnsigned(1);
    return Bytes.concat(hex("f8"), Bytes.of((byte) (len - 1)), legacy.slice(2));
  }

  private static Bytes dropLast(Bytes raw) {
    List<Bytes> items = new ArrayList<>(items(raw));
    items.remove(items.size() - 1);
    return rebuild(raw, items);
  }

  private static Bytes addItem(Bytes raw) {
    List<Bytes> items = new ArrayList<>(items(raw));
    items.add(hex("80"));
    return rebuild(raw, items);
  }

  /** A data item that makes the transaction {@code total} bytes long. */
  static Bytes dataOfTotalSize(Bytes raw, int total) {
    for (int n = total - 200; n < total; n++) {
      Bytes data = dev.vigil.protocol.rlp.Rlp.encodeString(Bytes.wrap(new byte[n]));
      if (withItem(raw, 5, data).length() == total) {
        return data;
      }
    }
    throw new IllegalStateException("no data length gives " + total + " bytes");
  }
}
