package dev.vigil.sequencer.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The request body and batch limits over real HTTP, each with its code and text. */
class LimitsTest {
  private final RpcServerFixture f;

  LimitsTest() throws Exception {
    f = new RpcServerFixture();
  }

  @AfterEach
  void tearDown() throws Exception {
    f.close();
  }

  @Test
  void batches_upToTheLimitAnswerEach_andLongerOnesAreRefused() throws Exception {
    JsonArray batch = new JsonArray();
    for (int i = 0; i < RpcServerFixture.MAX_BATCH; i++) {
      batch.add(new JsonObject(RpcServerFixture.request("eth_chainId")).put("id", i));
    }
    JsonArray answers = new JsonArray(f.post(batch.encode()).body());
    assertEquals(RpcServerFixture.MAX_BATCH, answers.size());
    assertEquals("0xa5b8", answers.getJsonObject(0).getString("result"));
    batch.add(new JsonObject(RpcServerFixture.request("eth_chainId")).put("id", 99));
    JsonObject error = new JsonObject(f.post(batch.encode()).body()).getJsonObject("error");
    assertEquals(-32600, error.getInteger("code"));
    assertEquals("batch too large: 5 requests, limit 4", error.getString("message"));
  }

  @Test
  void aBodyOverTheLimit_is413WithAJsonRpcError() throws Exception {
    String body = RpcServerFixture.request("eth_chainId", "x".repeat(RpcServerFixture.MAX_BODY));
    HttpResponse<String> r = f.post(body);
    assertEquals(413, r.statusCode());
    JsonObject error = new JsonObject(r.body()).getJsonObject("error");
    assertEquals(-32600, error.getInteger("code"));
    assertEquals("request body too large, limit " + RpcServerFixture.MAX_BODY + " bytes", error.getString("message"));
  }

  @Test
  void protocolErrors_haveTheStandardCodes() throws Exception {
    assertEquals(-32700, new JsonObject(f.post("{").body()).getJsonObject("error").getInteger("code"));
    assertEquals(-32600, new JsonObject(f.post("{\"id\":1,\"method\":\"eth_chainId\"}").body())
        .getJsonObject("error").getInteger("code"));
    JsonObject unknown = f.error("eth_bogus");
    assertEquals(-32601, unknown.getInteger("code"));
    assertEquals("the method eth_bogus does not exist/is not available", unknown.getString("message"));
    assertEquals(-32602, f.error("eth_getBalance").getInteger("code"));
  }
}
