package dev.vigil.node.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real WebSocket connections to the real server, on the HTTP server's port. */
class JsonRpcWebSocketTest {
  static final int MAX_BODY = 1024;
  static Vertx vertx;
  static JsonRpcServer server;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    JsonRpcMethods shared = new JsonRpcMethods()
        .register(JsonRpcMethod.async("echo", params -> Future.succeededFuture(params)))
        .register(JsonRpcMethod.blocking("who", params -> {
          throw new JsonRpcException(-32601, "notifications not supported");
        }));
    SessionMethods bound = session -> new JsonRpcMethods()
        .register(JsonRpcMethod.async("who", params -> {
          session.send(new JsonObject().put("jsonrpc", "2.0").put("method", "hello")
              .put("params", session.id()));
          return Future.succeededFuture(session.id());
        }));
    server = JsonRpcServer.start(vertx, shared,
        JsonRpcServerConfig.localhost(0).withLimits(MAX_BODY, 10), bound)
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    server.stop().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @Test
  void sharedMethodsAndBatches_answerOverWebSocket() throws Exception {
    try (WsClient ws = new WsClient(server.wsUrl())) {
      ws.send("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"echo\",\"params\":[1]}");
      JsonObject r = ws.next();
      assertEquals(7, r.getInteger("id"));
      assertEquals(1, r.getJsonArray("result").getInteger(0));
      ws.send("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":[]},"
          + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"nope\",\"params\":[]}]");
      assertEquals(2, new io.vertx.core.json.JsonArray(ws.messages.poll(10, TimeUnit.SECONDS)).size());
    }
  }

  @Test
  void sessionMethods_replaceSharedOnes_andPushNotificationsToTheirConnection() throws Exception {
    try (WsClient a = new WsClient(server.wsUrl()); WsClient b = new WsClient(server.wsUrl())) {
      a.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":[]}");
      JsonObject first = a.next();
      JsonObject second = a.next();
      JsonObject note = first.containsKey("method") ? first : second;
      JsonObject answer = first.containsKey("method") ? second : first;
      assertEquals("hello", note.getString("method"));
      assertEquals(answer.getLong("result"), note.getLong("params"));
      b.send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"who\",\"params\":[]}");
      JsonObject other = b.next();
      JsonObject otherAnswer = other.containsKey("method") ? b.next() : other;
      assertTrue(otherAnswer.getLong("result") != answer.getLong("result"));
    }
  }

  @Test
  void overHttp_theSharedAnswerStands() throws Exception {
    JsonObject r = Http.post(server.url(), "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"who\",\"params\":[]}");
    assertEquals(-32601, r.getJsonObject("error").getInteger("code"));
    assertEquals("notifications not supported", r.getJsonObject("error").getString("message"));
  }

  @Test
  void aMessageOverTheBodyLimit_closesTheConnectionWith1009() throws Exception {
    try (WsClient ws = new WsClient(server.wsUrl())) {
      ws.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":[\"" + "x".repeat(MAX_BODY) + "\"]}");
      assertEquals(1009, ws.closedWith.get(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aFragmentedMessageOverTheBodyLimit_closesTheConnectionWith1009() throws Exception {
    try (WsClient ws = new WsClient(server.wsUrl())) {
      String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":[\"" + "x".repeat(MAX_BODY) + "\"]}";
      try {
        ws.sendFragmented(big, MAX_BODY / 4);
      } catch (java.util.concurrent.ExecutionException closedWhileSending) {
        // the server may close before the last fragment is out; the close status is what counts
      }
      assertEquals(1009, ws.closedWith.get(10, TimeUnit.SECONDS));
    }
  }
}
