package dev.vigil.node.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Bytes;
import org.junit.jupiter.api.Test;

class HexDataTest {
  @Test
  void parsesEitherCaseAndPrefix() {
    assertEquals(Bytes.fromHex("0x00ff10ab"), HexData.parse("0x00Ff10aB"));
    assertEquals(Bytes.fromHex("0x0a"), HexData.parse("0X0A"));
    assertEquals(Bytes.EMPTY, HexData.parse("0x"));
  }

  @Test
  void refusesWithGethsTexts() {
    assertEquals("empty hex string", reason(""));
    assertEquals("hex string without 0x prefix", reason("00"));
    assertEquals("hex string of odd length", reason("0x123"));
    assertEquals("invalid hex string", reason("0x0g"));
    assertEquals("invalid hex string", reason("0xg0"));
    assertEquals("invalid hex string", reason("0x\u0663\u0663"), "Arabic-Indic digits are not hex");
  }

  private static String reason(String hex) {
    return assertThrows(IllegalArgumentException.class, () -> HexData.parse(hex)).getMessage();
  }
}
