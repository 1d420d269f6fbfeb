package dev.vigil.node.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class ParamsTest {
  static final String ADDR = "0x000000000000000000000000000000000000b1d9";

  @Test
  void readsEachKindOfArgument() {
    Params p = Params.of(new JsonArray().add(ADDR).add("0x").add("0x10").add(true)
        .add(new JsonObject().put("a", 1)).add("0x" + "11".repeat(32)).add("latest").addNull());
    assertEquals(Address.fromHex(ADDR), p.address(0, "address"));
    assertEquals(Bytes.EMPTY, p.data(1, "data"));
    assertEquals(16L, p.longQuantity(2, "n"));
    assertTrue(p.bool(3, "full"));
    assertEquals(1, p.object(4, "tx").getInteger("a"));
    assertEquals(Bytes32.fromHex("0x" + "11".repeat(32)), p.bytes32(5, "hash"));
    assertEquals("latest", p.string(6, "block"));
    assertFalse(p.has(7));
    assertFalse(p.has(8));
  }

  @Test
  void errorsAreInvalidParamsNamingTheArgument() {
    Params p = Params.of(new JsonArray().add("0xb1d9").add(5).add("0x123"));
    assertMessage("invalid argument 0 (address): expected 20 bytes, got 2", () -> p.address(0, "address"));
    assertMessage("invalid argument 1 (data): expected a string", () -> p.data(1, "data"));
    assertMessage("invalid argument 2 (data): hex string of odd length", () -> p.data(2, "data"));
    assertMessage("missing value for required argument 3 (block)", () -> p.string(3, "block"));
    assertMessage("invalid argument 1 (full): expected a boolean", () -> p.bool(1, "full"));
  }

  @Test
  void countChecksTheNumberOfArguments() {
    Params p = Params.of(new JsonArray().add(1).add(2));
    assertEquals(p, p.count(1, 2));
    assertMessage("missing value for required argument 2", () -> p.count(3, 3));
    assertMessage("too many arguments, want at most 1", () -> p.count(0, 1));
  }

  private static void assertMessage(String message, Runnable r) {
    JsonRpcException e = assertThrows(JsonRpcException.class, r::run);
    assertEquals(JsonRpcException.INVALID_PARAMS, e.code());
    assertEquals(message, e.getMessage());
  }
}
