package dev.vigil.node.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class QuantityTest {
  @Test
  void formatsWithoutLeadingZeros() {
    assertEquals("0x0", Quantity.toHex(0));
    assertEquals("0x0", Quantity.toHex(BigInteger.ZERO));
    assertEquals("0x400", Quantity.toHex(1024));
    assertEquals("0xffffffffffffffff", Quantity.toHex(-1L));
    assertEquals("0x1" + "0".repeat(64), Quantity.toHex(BigInteger.TWO.pow(256)));
    assertThrows(IllegalArgumentException.class, () -> Quantity.toHex(BigInteger.valueOf(-1)));
  }

  @Test
  void parsesCanonicalQuantities() {
    assertEquals(BigInteger.ZERO, Quantity.parse("0x0"));
    assertEquals(BigInteger.valueOf(0xabc), Quantity.parse("0xAbC"));
    assertEquals(BigInteger.TWO.pow(256).subtract(BigInteger.ONE), Quantity.parse("0x" + "f".repeat(64)));
    assertEquals(Long.MAX_VALUE, Quantity.parseLong("0x7fffffffffffffff"));
  }

  @Test
  void refusesNonCanonicalQuantitiesWithGethTexts() {
    assertReason("hex string without 0x prefix", "12");
    assertReason("empty hex string", "");
    assertReason("hex string \"0x\"", "0x");
    assertReason("hex number with leading zero digits", "0x01");
    assertReason("hex number > 256 bits", "0x1" + "0".repeat(64));
    assertReason("invalid hex string", "0xzz");
    assertReason("invalid hex string", "0x-1");
    assertThrows(IllegalArgumentException.class, () -> Quantity.parseLong("0x8000000000000000"));
  }

  private static void assertReason(String reason, String input) {
    assertEquals(reason, assertThrows(IllegalArgumentException.class, () -> Quantity.parse(input)).getMessage());
  }
}
