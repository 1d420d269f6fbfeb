package dev.vigil.protocol.rlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.RlpItem.RlpList;
import dev.vigil.protocol.rlp.RlpItem.RlpString;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RlpTest {

  private static Bytes hex(String h) {
    return Bytes.fromHex(h);
  }

  private static String repeat(String h, int n) {
    return h.repeat(n);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "single byte 0x00,         00",
    "single byte 0x7f,         7f",
    "empty string,             80",
    "one byte 0x80,            8180",
    "one byte 0xff,            81ff",
    "dog,                      83646f67",
    "empty list,               c0",
    "list of cat and dog,      c88363617483646f67",
    "nested empty lists,       c7c0c1c0c3c0c1c0",
  })
  void canonicalInputDecodesAndReencodesToItself(String name, String input) throws RlpException {
    assertEquals(hex(input), Rlp.encode(Rlp.decode(hex(input))));
  }

  @Test
  void longFormsAtTheirBoundaries() throws RlpException {
    String s56 = "b838" + repeat("61", 56);
    assertEquals(56, ((RlpString) Rlp.decode(hex(s56))).bytes().length());
    String s256 = "b90100" + repeat("61", 256);
    assertEquals(256, ((RlpString) Rlp.decode(hex(s256))).bytes().length());
    String l56 = "f838" + repeat("01", 56);
    assertEquals(56, ((RlpList) Rlp.decode(hex(l56))).items().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "empty input,                                 '',          rlp: empty input",
    "single byte below 0x80 wrapped,              8105,        non-canonical size",
    "zero byte wrapped,                           8100,        non-canonical size",
    "long list form for 1 byte,                   f80101,      non-canonical size",
    "leading zero in a length,                    b90038,      non-canonical size",
    "string longer than input,                    83646f,      exceeds available input",
    "length bytes missing,                        b9,          exceeds available input",
    "list longer than input,                      c383646f,    exceeds available input",
    "element larger than its list,                c28364646f,  exceeds available input",
    "trailing byte after the item,                83646f6700,  more than one value",
    "two items,                                   c0c0,        more than one value",
    "non-canonical item deep inside,              c3c2c18105,  exceeds available input",
    "non-canonical item nested,                   c4c3c28105,  non-canonical size",
    "eight length bytes far beyond the input,     bfffffffffffffffff, exceeds available input",
  })
  void nonCanonicalOrTruncatedInputIsRefusedWithItsReason(String name, String input, String reason) {
    RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex(input)));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void longFormForAShortPayloadIsRefused() {
    String s55 = "b837" + repeat("61", 55);
    RlpException e = assertThrows(RlpException.class, () -> Rlp.decode(hex(s55)));
    assertTrue(e.getMessage().contains("non-canonical size"), e.getMessage());
  }

  @Test
  void deepNestingDoesNotOverflowTheStack() throws RlpException {
    // 100k nested lists: the decoder keeps its own stack.
    int depth = 100_000;
    byte[] in = new byte[depth];
    java.util.Arrays.fill(in, (byte) 0xc0);
    assertThrows(RlpException.class, () -> Rlp.decode(Bytes.wrap(in)));
    RlpItem ok = Rlp.decode(hex("c1c0"));
    assertEquals(new RlpList(List.of(new RlpList(List.of()))), ok);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0,                 80",
    "1,                 01",
    "127,               7f",
    "128,               8180",
    "1024,              820400",
    "18446744073709551615, 88ffffffffffffffff",
  })
  void encodesIntegersMinimally(String value, String expected) {
    BigInteger v = new BigInteger(value);
    assertEquals(hex(expected), Rlp.encodeUint(v));
    assertEquals(hex(expected), Rlp.encodeUint64(v.longValue()));
  }

  @Test
  void encodesStringsAndListsInBothForms() {
    assertEquals(hex("83646f67"), Rlp.encodeString(hex("646f67")));
    assertEquals(hex("b838" + repeat("61", 56)), Rlp.encodeString(hex(repeat("61", 56))));
    assertEquals(hex("b90400" + repeat("61", 1024)), Rlp.encodeString(hex(repeat("61", 1024))));
    assertEquals(hex("c88363617483646f67"),
        Rlp.encodeList(List.of(hex("83636174"), hex("83646f67"))));
    assertEquals(hex("f838" + repeat("01", 56)), Rlp.encodeList(java.util.Collections.nCopies(56, hex("01"))));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "leading zero byte,        820001, 32, leading zero",
    "zero as a byte,           00,     32, leading zero",
    "longer than allowed,      89010000000000000000, 8, longer than 8",
  })
  void integersMustBeCanonicalAndShortEnough(String name, String input, int max, String reason)
      throws RlpException {
    RlpItem item = Rlp.decode(hex(input));
    RlpException e = assertThrows(RlpException.class, () -> item.asUint("f", max));
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void readsCanonicalIntegers() throws RlpException {
    assertEquals(BigInteger.ZERO, Rlp.decode(hex("80")).asUint("f", 32));
    assertEquals(-1L, Rlp.decode(hex("88ffffffffffffffff")).asUint64("f"));
    assertEquals(BigInteger.TWO.pow(256).subtract(BigInteger.ONE),
        Rlp.decode(hex("a0" + repeat("ff", 32))).asUint("f", 32));
  }

  @Test
  void shapeMismatchesAreErrors() throws RlpException {
    assertThrows(RlpException.class, () -> Rlp.decode(hex("c0")).asString("f"));
    assertThrows(RlpException.class, () -> Rlp.decode(hex("80")).asList("f"));
  }
}
