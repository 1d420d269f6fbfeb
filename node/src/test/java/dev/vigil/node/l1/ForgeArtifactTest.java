package dev.vigil.node.l1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForgeArtifactTest {
  @TempDir
  Path out;

  void write(String name, String json) throws IOException {
    Path dir = Files.createDirectories(out.resolve(name + ".sol"));
    Files.writeString(dir.resolve(name + ".json"), json);
  }

  @Test
  void readsBytecodeAndCanonicalErrorSignatures() throws IOException {
    write("T", """
        {"abi":[
          {"type":"function","name":"f","inputs":[]},
          {"type":"error","name":"Plain","inputs":[]},
          {"type":"error","name":"Args","inputs":[{"name":"a","type":"uint64"},{"name":"b","type":"address"}]},
          {"type":"error","name":"Nested","inputs":[{"name":"t","type":"tuple[]","components":[
            {"name":"x","type":"uint8"},{"name":"y","type":"bytes32"}]}]}],
         "bytecode":{"object":"0x6000"}}
        """);
    ForgeArtifact a = ForgeArtifact.load(out, "T");
    assertEquals(Bytes.fromHex("0x6000"), a.bytecode());
    assertEquals(List.of("Plain()", "Args(uint64,address)", "Nested((uint8,bytes32)[])"), a.errors());
  }

  @Test
  void refusesMissingUnlinkedOrEmptyArtifactsWithTheReason() throws IOException {
    IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ForgeArtifact.load(out, "Nope"));
    assertTrue(missing.getMessage().contains("forge build"), missing.getMessage());
    write("L", "{\"abi\":[],\"bytecode\":{\"object\":\"0x60__$abcdef$__00\"}}");
    assertTrue(assertThrows(IllegalStateException.class, () -> ForgeArtifact.load(out, "L"))
        .getMessage().contains("library linking"));
    write("I", "{\"abi\":[],\"bytecode\":{\"object\":\"0x\"}}");
    assertTrue(assertThrows(IllegalStateException.class, () -> ForgeArtifact.load(out, "I"))
        .getMessage().contains("no creation bytecode"));
  }
}
