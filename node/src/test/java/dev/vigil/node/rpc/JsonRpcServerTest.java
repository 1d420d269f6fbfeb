package dev.vigil.node.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real HTTP against the real server on 127.0.0.1 and a free port. */
class JsonRpcServerTest {
  static final int MAX_BODY = 4096;
  static final int MAX_BATCH = 5;
  static final AtomicInteger pings = new AtomicInteger();
  static Vertx vertx;
  static JsonRpcServer server;
  static HttpClient http;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    JsonRpcMethods methods = new JsonRpcMethods()
        .register(JsonRpcMethod.async("echo", params -> Future.succeededFuture(params)))
        .register(JsonRpcMethod.blocking("add", params -> {
          Params p = Params.of(params).count(2, 2);
          return Quantity.toHex(p.quantity(0, "a").add(p.quantity(1, "b")));
        }))
        .register(JsonRpcMethod.blocking("onWorker", params -> Context.isOnWorkerThread()))
        .register(JsonRpcMethod.async("onEventLoop", params -> Future.succeededFuture(Context.isOnEventLoopThread())))
        .register(JsonRpcMethod.async("ping", params -> Future.succeededFuture(pings.incrementAndGet())))
        .register(JsonRpcMethod.blocking("revert", params -> {
          throw new JsonRpcException(3, "execution reverted", "0x1234");
        }))
        .register(JsonRpcMethod.blocking("boom", params -> {
          throw new IllegalStateException("/secret/path/key.json");
        }))
        .register(JsonRpcMethod.async("throwsOnLoop", params -> {
          throw new IllegalStateException("thrown, not failed");
        }))
        .register(JsonRpcMethod.blocking("notJson", params -> new Object()))
        .register(JsonRpcMethod.blocking("nothing", params -> null));
    JsonRpcServerConfig config = JsonRpcServerConfig.localhost(0).withLimits(MAX_BODY, MAX_BATCH);
    server = JsonRpcServer.start(vertx, methods, config).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  static HttpResponse<String> post(String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url()))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static JsonObject call(String body) throws Exception {
    HttpResponse<String> r = post(body);
    assertEquals(200, r.statusCode(), r.body());
    return new JsonObject(r.body());
  }

  static String request(Object id, String method, JsonArray params) {
    return new JsonObject().put("jsonrpc", "2.0").put("id", id).put("method", method)
        .put("params", params).encode();
  }

  static int errorCode(JsonObject response) {
    return response.getJsonObject("error").getInteger("code");
  }

  @Test
  void listensOnLoopbackOnly() {
    assertTrue(server.url().startsWith("http://127.0.0.1:"), server.url());
    assertTrue(server.port() > 0);
  }

  @Test
  void singleCallAnswersWithTheSameIdAndTheResult() throws Exception {
    JsonObject r = call(request(7, "add", new JsonArray().add("0x2").add("0xff")));
    assertEquals(new JsonObject().put("jsonrpc", "2.0").put("id", 7).put("result", "0x101"), r);
    JsonObject s = call(request("abc", "echo", new JsonArray().add(1).add("x")));
    assertEquals("abc", s.getValue("id"));
    assertEquals(new JsonArray().add(1).add("x"), s.getJsonArray("result"));
  }

  @Test
  void nullResultAndNullIdAreKept() throws Exception {
    JsonObject r = call("{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"nothing\"}");
    assertTrue(r.containsKey("id") && r.getValue("id") == null, r.encode());
    assertTrue(r.containsKey("result") && r.getValue("result") == null, r.encode());
  }

  @Test
  void blockingMethodsRunOnWorkersAndAsyncOnesOnTheEventLoop() throws Exception {
    assertEquals(true, call(request(1, "onWorker", new JsonArray())).getValue("result"));
    assertEquals(true, call(request(1, "onEventLoop", new JsonArray())).getValue("result"));
  }

  @Test
  void batchAnswersInOrderAndLeavesOutNotifications() throws Exception {
    String batch = "[" + request(1, "add", new JsonArray().add("0x1").add("0x1")) + ","
        + "{\"jsonrpc\":\"2.0\",\"method\":\"ping\"},"
        + request(2, "nope", new JsonArray()) + ","
        + request(3, "echo", new JsonArray().add(true)) + "]";
    HttpResponse<String> r = post(batch);
    assertEquals(200, r.statusCode());
    JsonArray responses = new JsonArray(r.body());
    assertEquals(3, responses.size(), r.body());
    assertEquals("0x2", responses.getJsonObject(0).getString("result"));
    assertEquals(-32601, errorCode(responses.getJsonObject(1)));
    assertEquals(2, responses.getJsonObject(1).getInteger("id"));
    assertEquals(new JsonArray().add(true), responses.getJsonObject(2).getJsonArray("result"));
  }

  @Test
  void notificationRunsButGetsNoBody() throws Exception {
    int before = pings.get();
    HttpResponse<String> r = post("{\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":[]}");
    assertEquals(204, r.statusCode());
    assertEquals("", r.body());
    assertEquals(before + 1, pings.get());
    HttpResponse<String> batch = post("[{\"jsonrpc\":\"2.0\",\"method\":\"ping\"},"
        + "{\"jsonrpc\":\"2.0\",\"method\":\"revert\"}]");
    assertEquals(204, batch.statusCode());
    assertEquals("", batch.body());
  }

  @Test
  void unparsableBodyIsAParseErrorWithNullId() throws Exception {
    for (String body : new String[] {"{\"jsonrpc\":", "", "not json", "{} trailing"}) {
      JsonObject r = call(body);
      assertEquals(-32700, errorCode(r), body);
      assertTrue(r.containsKey("id") && r.getValue("id") == null);
    }
  }

  @Test
  void malformedRequestsAreInvalidRequests() throws Exception {
    assertEquals(-32600, errorCode(call("42")));
    assertEquals(-32600, errorCode(call("[]")));
    assertEquals(-32600, errorCode(call("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"echo\"}")));
    assertEquals(-32600, errorCode(call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}")));
    assertEquals(-32600, errorCode(call("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"echo\"}")));
    JsonArray mixed = new JsonArray(post("[1, " + request(4, "echo", new JsonArray()) + "]").body());
    assertEquals(-32600, errorCode(mixed.getJsonObject(0)));
    assertEquals(new JsonArray(), mixed.getJsonObject(1).getJsonArray("result"));
  }

  @Test
  void unknownMethodIsMethodNotFound() throws Exception {
    JsonObject r = call(request(1, "eth_nope", new JsonArray()));
    assertEquals(-32601, errorCode(r));
    assertEquals("the method eth_nope does not exist/is not available",
        r.getJsonObject("error").getString("message"));
  }

  @Test
  void badParamsAreInvalidParamsNamingTheArgument() throws Exception {
    JsonObject leadingZero = call(request(1, "add", new JsonArray().add("0x01").add("0x1")));
    assertEquals(-32602, errorCode(leadingZero));
    assertEquals("invalid argument 0 (a): hex number with leading zero digits",
        leadingZero.getJsonObject("error").getString("message"));
    JsonObject missing = call(request(1, "add", new JsonArray().add("0x1")));
    assertEquals(-32602, errorCode(missing));
    JsonObject notArray = call("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"echo\",\"params\":{\"a\":1}}");
    assertEquals(-32602, errorCode(notArray));
  }

  @Test
  void customErrorsKeepTheirCodeMessageAndData() throws Exception {
    JsonObject error = call(request(1, "revert", new JsonArray())).getJsonObject("error");
    assertEquals(new JsonObject().put("code", 3).put("message", "execution reverted").put("data", "0x1234"), error);
  }

  @Test
  void unexpectedFailuresAreInternalErrorsWithoutDetails() throws Exception {
    for (String method : new String[] {"boom", "throwsOnLoop", "notJson"}) {
      JsonObject r = call(request(1, method, new JsonArray()));
      assertEquals(-32603, errorCode(r), method);
      assertEquals("internal error", r.getJsonObject("error").getString("message"));
      assertFalse(r.encode().contains("secret"));
    }
  }

  @Test
  void oversizedBodyIsRefusedWith413() throws Exception {
    String big = request(1, "echo", new JsonArray().add("0x" + "ab".repeat(MAX_BODY)));
    HttpResponse<String> r = post(big);
    assertEquals(413, r.statusCode());
    assertEquals(-32600, errorCode(new JsonObject(r.body())));
    assertEquals(200, post(request(1, "echo", new JsonArray())).statusCode(), "server still serves");
  }

  @Test
  void tooLongBatchIsOneInvalidRequestError() throws Exception {
    JsonArray batch = new JsonArray();
    for (int i = 0; i <= MAX_BATCH; i++) {
      batch.add(new JsonObject(request(i, "ping", new JsonArray())));
    }
    int before = pings.get();
    JsonObject r = call(batch.encode());
    assertEquals(-32600, errorCode(r));
    assertEquals(before, pings.get(), "no request of a refused batch runs");
    batch.remove(0);
    assertEquals(MAX_BATCH, new JsonArray(post(batch.encode()).body()).size());
  }

  @Test
  void getIsNotAllowed() throws Exception {
    HttpRequest get = HttpRequest.newBuilder(URI.create(server.url())).GET().build();
    assertEquals(405, http.send(get, HttpResponse.BodyHandlers.ofString()).statusCode());
  }

  @Test
  void quantitiesRoundTripThroughTheServer() throws Exception {
    BigInteger big = BigInteger.TWO.pow(255);
    JsonObject r = call(request(1, "add", new JsonArray().add(Quantity.toHex(big)).add("0x0")));
    assertEquals(big, Quantity.parse(r.getString("result")));
  }
}
