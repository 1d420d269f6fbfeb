package dev.vigil.devnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The golden files' placeholder matching and variable binding. */
class GoldenJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode j(String s) throws Exception {
    return JSON.readTree(s.replace('\'', '"'));
  }

  @Test
  void placeholders_matchTheirShapeOnly() throws Exception {
    JsonNode exp = j("{'h':'<hex32>','a':'<address>','q':'<quantity>','n':'<number>','b':'<bool>','d':'<data>'}");
    assertEquals(0, GoldenJson.diff(exp, j("{'h':'0x" + "0a".repeat(32) + "','a':'0x" + "1".repeat(40)
        + "','q':'0x1f','n':7,'b':false,'d':'0x'}")).size());
    assertEquals(6, GoldenJson.diff(exp, j("{'h':'0x12','a':'0x" + "1".repeat(42)
        + "','q':'0x01','n':'7','b':1,'d':'0x1'}")).size());
  }

  @Test
  void exactValues_andKeySets_mustBeEqual() throws Exception {
    assertTrue(GoldenJson.diff(j("{'a':'0x1','b':[1,2]}"), j("{'a':'0x1','b':[1,2]}")).isEmpty());
    assertEquals(1, GoldenJson.diff(j("{'a':'0x1'}"), j("{'a':'0x2'}")).size());
    assertEquals(1, GoldenJson.diff(j("{'a':'0x1'}"), j("{'a':'0x1','extra':0}")).size());
    assertEquals(1, GoldenJson.diff(j("{'a':'0x1','b':1}"), j("{'a':'0x1'}")).size());
    assertEquals(1, GoldenJson.diff(j("[1,2]"), j("[1,2,3]")).size());
  }

  @Test
  void bind_replacesVariables_numbersAsNumbers() throws Exception {
    JsonNode bound = GoldenJson.bind(j("{'params':['${addr}','${n}','x${n}y']}"),
        Map.of("addr", "0xabc", "n", 5L));
    assertEquals(j("{'params':['0xabc',5,'x5y']}").toString(), bound.toString());
  }
}
