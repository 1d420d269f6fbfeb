package dev.vigil.devnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * JSON-RPC over WebSocket on the sequencer's HTTP port: newHeads and logs subscriptions receive
 * new blocks and Transfer logs in Geth's notification format; the per-connection subscription
 * limit answers with its code and text.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(120)
class WebSocketE2eTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Devnet devnet;
  private static JsonRpcClient l2;
  private static L2Wallet user;

  @BeforeAll
  static void setUp(Devnet d) {
    devnet = d;
    l2 = E2e.l2(d);
    user = E2e.wallet(d, 3);
  }

  @Test
  void newHeads_receivesTheBlockOfANewTransaction() {
    try (WsSession ws = new WsSession(devnet.l2())) {
      JsonNode sub = ws.request("eth_subscribe", "newHeads");
      String id = sub.get("result").asText();
      assertTrue(id.matches("0x[0-9a-f]{32}"), sub.toString());
      String hash = user.sendEth(E2e.freshAddress(), BigInteger.ONE);
      String blockHash = user.receipt(hash).get("blockHash").asText();
      JsonNode head;
      do {
        head = ws.nextNotification();
        assertEquals("eth_subscription", head.get("method").asText());
        assertEquals(id, head.get("params").get("subscription").asText());
      } while (!head.get("params").get("result").get("hash").asText().equals(blockHash));
      JsonNode block = l2.call("eth_getBlockByHash", blockHash, false);
      assertEquals(block.get("number"), head.get("params").get("result").get("number"));
      assertEquals(block.get("parentHash"), head.get("params").get("result").get("parentHash"));
      assertTrue(ws.request("eth_unsubscribe", id).get("result").asBoolean());
      assertEquals(false, ws.request("eth_unsubscribe", id).get("result").asBoolean());
    }
  }

  @Test
  void logsSubscription_receivesTheTransferLog() {
    Address token = devnet.deployment().token();
    Address to = E2e.freshAddress();
    try (WsSession ws = new WsSession(devnet.l2())) {
      var filter = JSON.createObjectNode().put("address", token.toHex());
      String id = ws.request("eth_subscribe", "logs", filter).get("result").asText();
      String hash = user.transferToken(token, to, BigInteger.TEN);
      JsonNode n;
      do {
        n = ws.nextNotification();
        assertEquals(id, n.get("params").get("subscription").asText());
      } while (!n.get("params").get("result").get("transactionHash").asText().equals(hash));
      JsonNode log = n.get("params").get("result");
      assertEquals(LogsAndFiltersE2eTest.TRANSFER_TOPIC, log.get("topics").get(0).asText());
      assertEquals(user.receipt(hash).get("logs").get(0), log);
    }
  }

  @Test
  void subscriptions_areLimitedTo100PerConnection_andNeedAWebSocket() {
    try (WsSession ws = new WsSession(devnet.l2())) {
      for (int i = 0; i < 100; i++) {
        assertTrue(ws.request("eth_subscribe", "newHeads").has("result"));
      }
      JsonNode refused = ws.request("eth_subscribe", "newHeads");
      assertEquals(-32005, refused.get("error").get("code").asInt(), refused.toString());
      assertEquals("too many subscriptions on this connection, limit 100",
          refused.get("error").get("message").asText());
      JsonNode unknown = ws.request("eth_subscribe", "pendingTransactions");
      assertEquals(-32602, unknown.get("error").get("code").asInt());
      assertEquals("no \"pendingTransactions\" subscription in eth namespace",
          unknown.get("error").get("message").asText());
    }
    LogsAndFiltersE2eTest.assertRpc(-32601, "notifications not supported",
        () -> l2.call("eth_subscribe", "newHeads"));
  }
}
