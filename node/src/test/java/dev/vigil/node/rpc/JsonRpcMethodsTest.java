package dev.vigil.node.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRpcMethodsTest {
  @Test
  void findsRegisteredMethodsAndRefusesDuplicates() {
    JsonRpcMethods methods = new JsonRpcMethods()
        .register(JsonRpcMethod.blocking("b", p -> 1))
        .register(JsonRpcMethod.blocking("a", p -> 2));
    assertEquals(Set.of("a", "b"), methods.names());
    assertTrue(methods.find("a").isPresent());
    assertTrue(methods.find("c").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> methods.register(JsonRpcMethod.blocking("a", p -> 3)));
  }

  @Test
  void internalErrorsHideTheirMessageAndJsonRpcExceptionsKeepTheirs() {
    assertEquals(new JsonRpcError(-32603, "internal error", null),
        JsonRpcError.of(new RuntimeException("/home/key")));
    assertEquals(new JsonRpcError(-32000, "nonce too low", null),
        JsonRpcError.of(new java.util.concurrent.CompletionException(new JsonRpcException(-32000, "nonce too low"))));
  }
}
