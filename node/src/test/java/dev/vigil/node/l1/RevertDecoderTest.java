package dev.vigil.node.l1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

class RevertDecoderTest {
  static Bytes encoded(String name, org.web3j.abi.datatypes.Type<?>... args) {
    return Bytes.fromHex(FunctionEncoder.encode(new Function(name, List.of(args), List.of())));
  }

  @Test
  void decodesRequireStringsAndPanics() {
    RevertDecoder d = RevertDecoder.standard();
    Revert error = d.decode(encoded("Error", new Utf8String("not enough")));
    assertEquals("Error", error.error());
    assertEquals(List.of("not enough"), error.args());
    Revert panic = d.decode(encoded("Panic", new Uint256(0x11)));
    assertEquals("Panic(17)", panic.toString());
  }

  @Test
  void namesVigilErrorsWithTheirArguments() {
    Revert r = RevertDecoder.vigil().decode(Bytes.concat(Bytes.fromHex("0x"),
        encoded("InsufficientBond", new Uint256(5), new Uint256(10))));
    assertEquals("InsufficientBond", r.error());
    assertEquals(List.of("5", "10"), r.args());
    assertEquals("NoFraud", RevertDecoder.vigil().decode(encoded("NoFraud")).error());
  }

  @Test
  void unknownShortAndEmptyDataAreStillDescribed() {
    Bytes unknown = Bytes.fromHex("0x12345678ff");
    assertEquals(new Revert("0x12345678", List.of(), unknown), RevertDecoder.vigil().decode(unknown));
    assertEquals("0x1234", RevertDecoder.vigil().decode(Bytes.fromHex("0x1234")).error());
    assertEquals("(no revert data)", RevertDecoder.vigil().decode(Bytes.EMPTY).toString());
  }

  @Test
  void knownSelectorWithUndecodableArgumentsKeepsTheName() {
    Bytes truncated = encoded("InsufficientBond", new Uint256(5), new Uint256(10)).slice(0, 20);
    Revert r = RevertDecoder.vigil().decode(truncated);
    assertEquals("InsufficientBond", r.error());
    assertEquals(List.of(), r.args());
  }

  @Test
  void refusesNonCanonicalSignatures() {
    assertThrows(IllegalArgumentException.class, () -> RevertDecoder.standard().with(List.of("Bad(uint256 x)")));
    assertThrows(IllegalArgumentException.class, () -> RevertDecoder.standard().with(List.of("NoParens")));
    assertThrows(IllegalArgumentException.class, () -> RevertDecoder.standard().with(List.of("T((uint8),uint8)")));
    assertTrue(RevertDecoder.vigil().knows("BadBatch(uint8)"));
    assertFalse(RevertDecoder.vigil().knows("BadBatch(uint16)"));
  }
}
