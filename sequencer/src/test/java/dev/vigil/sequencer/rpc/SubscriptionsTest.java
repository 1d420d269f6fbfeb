package dev.vigil.sequencer.rpc;

import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.rpc.RpcServerFixture.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.logs.L2Events;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** eth_subscribe over a real WebSocket on the HTTP port. */
class SubscriptionsTest {
  private final RpcServerFixture f;

  SubscriptionsTest() throws Exception {
    f = new RpcServerFixture();
  }

  @AfterEach
  void tearDown() throws Exception {
    f.close();
  }

  private static String request(int id, String method, Object... params) {
    return new JsonObject(RpcServerFixture.request(method, params)).put("id", id).encode();
  }

  /** The answer to request {@code id}, skipping notifications. */
  private static JsonObject answer(WsClient ws, int id) throws Exception {
    while (true) {
      JsonObject m = ws.next();
      if (m.containsKey("id") && m.getInteger("id") == id) {
        return m;
      }
    }
  }

  private static JsonObject notification(WsClient ws) throws Exception {
    while (true) {
      JsonObject m = ws.next();
      if ("eth_subscription".equals(m.getString("method"))) {
        return m.getJsonObject("params");
      }
    }
  }

  @Test
  void newHeads_receivesEachNewBlock() throws Exception {
    try (WsClient ws = new WsClient(f.server.wsUrl())) {
      ws.send(request(1, "eth_subscribe", "newHeads"));
      String id = answer(ws, 1).getString("result");
      String hash = (String) f.result("eth_sendRawTransaction",
          TestChain.transfer(ALICE_KEY, 0, BOB, BigInteger.ONE).toHex());
      JsonObject n = notification(ws);
      assertEquals(id, n.getString("subscription"));
      JsonObject head = n.getJsonObject("result");
      assertEquals("0x2", head.getString("number"));
      JsonObject receipt = (JsonObject) f.result("eth_getTransactionReceipt", hash);
      assertEquals(receipt.getString("blockHash"), head.getString("hash"));
      assertTrue(head.containsKey("parentHash") && head.containsKey("baseFeePerGas"));
      assertNull(head.getValue("transactions"));
    }
  }

  @Test
  void logs_receivesTheTransferLog_andUnsubscribeStopsIt() throws Exception {
    try (WsClient ws = new WsClient(f.server.wsUrl())) {
      ws.send(request(1, "eth_subscribe", "logs", new JsonObject().put("address", TOKEN.toHex())));
      String id = answer(ws, 1).getString("result");
      f.result("eth_sendRawTransaction", TestChain.transfer(ALICE_KEY, 0, BOB, BigInteger.ONE).toHex());
      f.result("eth_sendRawTransaction", LogsTest.tokenTransfer(1, BOB, 3).toHex());
      JsonObject n = notification(ws);
      assertEquals(id, n.getString("subscription"));
      JsonObject log = n.getJsonObject("result");
      assertEquals(TOKEN.toHex(), log.getString("address"));
      assertEquals(L2Events.TRANSFER.toHex(), log.getJsonArray("topics").getString(0));
      assertEquals("0x3", log.getString("blockNumber"));

      ws.send(request(2, "eth_unsubscribe", id));
      assertEquals(true, answer(ws, 2).getBoolean("result"));
      ws.send(request(3, "eth_unsubscribe", id));
      assertEquals(false, answer(ws, 3).getBoolean("result"));
      f.result("eth_sendRawTransaction", LogsTest.tokenTransfer(2, BOB, 3).toHex());
      assertNull(ws.messages.poll(300, TimeUnit.MILLISECONDS));
    }
  }

  @Test
  void subscriptionsPerConnection_areLimited_andUnknownKindsRefused() throws Exception {
    try (WsClient ws = new WsClient(f.server.wsUrl())) {
      for (int i = 0; i < RpcServerFixture.MAX_SUBSCRIPTIONS; i++) {
        ws.send(request(i, "eth_subscribe", "newHeads"));
        assertTrue(answer(ws, i).containsKey("result"));
      }
      ws.send(request(9, "eth_subscribe", "newHeads"));
      JsonObject e = answer(ws, 9).getJsonObject("error");
      assertEquals(-32005, e.getInteger("code"));
      assertEquals("too many subscriptions on this connection, limit " + RpcServerFixture.MAX_SUBSCRIPTIONS,
          e.getString("message"));
      ws.send(request(10, "eth_subscribe", "newPendingTransactions"));
      JsonObject unknown = answer(ws, 10).getJsonObject("error");
      assertEquals(-32602, unknown.getInteger("code"));
      assertEquals("no \"newPendingTransactions\" subscription in eth namespace", unknown.getString("message"));
    }
    try (WsClient other = new WsClient(f.server.wsUrl())) {
      other.send(request(1, "eth_subscribe", "newHeads"));
      assertTrue(answer(other, 1).containsKey("result"));
      other.send(request(2, "eth_chainId"));
      assertEquals("0xa5b8", answer(other, 2).getString("result"));
    }
  }

  @Test
  void overHttp_subscribingIsNotSupported() throws Exception {
    JsonObject e = f.error("eth_subscribe", "newHeads");
    assertEquals(-32601, e.getInteger("code"));
    assertEquals("notifications not supported", e.getString("message"));
  }
}
