package dev.vigil.devnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.rpc.JsonRpcError;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A bridged-token transfer's receipt carries the standard ERC-20 Transfer log, which
 * {@code eth_getLogs} and the polling filters find; the log and filter limits answer with
 * their code and text.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(120)
class LogsAndFiltersE2eTest {
  static final String TRANSFER_TOPIC = Keccak.hash(dev.vigil.protocol.bytes.Bytes.wrap(
      "Transfer(address,address,uint256)".getBytes(StandardCharsets.US_ASCII))).toHex();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonRpcClient l2;
  private static L2Wallet user;
  private static Address token;

  @BeforeAll
  static void setUp(Devnet d) {
    l2 = E2e.l2(d);
    user = E2e.wallet(d, 5);
    token = d.deployment().token();
  }

  private static String topic(Address a) {
    return Bytes32.of(L2Wallet.word(a)).toHex();
  }

  @Test
  void tokenTransfer_receiptHasTheTransferLog_andGetLogsFindsIt() {
    Address to = E2e.freshAddress();
    String hash = user.transferToken(token, to, BigInteger.valueOf(42));
    JsonNode receipt = user.receipt(hash);
    assertEquals(1, receipt.get("logs").size(), receipt.toString());
    JsonNode log = receipt.get("logs").get(0);
    assertEquals(token.toHex(), log.get("address").asText());
    assertEquals(List.of(TRANSFER_TOPIC, topic(user.address()), topic(to)), texts(log.get("topics")));
    assertEquals(Bytes32.fromLong(42).toHex(), log.get("data").asText());
    assertEquals(hash, log.get("transactionHash").asText());
    assertEquals(receipt.get("blockHash").asText(), log.get("blockHash").asText());
    assertFalse(log.get("removed").asBoolean());

    ObjectNode byTopic = JSON.createObjectNode().put("fromBlock", "earliest").put("toBlock", "latest")
        .put("address", token.toHex());
    byTopic.putArray("topics").add(TRANSFER_TOPIC).addNull().add(topic(to));
    JsonNode found = l2.call("eth_getLogs", byTopic);
    assertEquals(1, found.size(), found.toString());
    assertEquals(log, found.get(0));
    JsonNode byBlock = l2.call("eth_getLogs", JSON.createObjectNode().put("blockHash", receipt.get("blockHash").asText()));
    assertTrue(byBlock.toString().contains(hash), byBlock.toString());
  }

  @Test
  void filters_reportNewLogsAndBlocks_untilUninstalled() {
    Address to = E2e.freshAddress();
    ObjectNode criteria = JSON.createObjectNode().put("address", token.toHex());
    criteria.putArray("topics").add(TRANSFER_TOPIC).addNull().add(topic(to));
    String logFilter = l2.call("eth_newFilter", criteria).asText();
    String blockFilter = l2.call("eth_newBlockFilter").asText();
    assertEquals(0, l2.call("eth_getFilterChanges", logFilter).size());

    String hash = user.transferToken(token, to, BigInteger.ONE);
    JsonNode changes = l2.call("eth_getFilterChanges", logFilter);
    assertEquals(1, changes.size(), changes.toString());
    assertEquals(hash, changes.get(0).get("transactionHash").asText());
    assertEquals(0, l2.call("eth_getFilterChanges", logFilter).size(), "changes are reported once");
    assertEquals(1, l2.call("eth_getFilterLogs", logFilter).size());
    JsonNode blocks = l2.call("eth_getFilterChanges", blockFilter);
    assertTrue(texts(blocks).contains(user.receipt(hash).get("blockHash").asText()), blocks.toString());

    assertTrue(l2.call("eth_uninstallFilter", logFilter).asBoolean());
    assertFalse(l2.call("eth_uninstallFilter", logFilter).asBoolean());
    assertTrue(l2.call("eth_uninstallFilter", blockFilter).asBoolean());
    assertRpc(-32000, "filter not found", () -> l2.call("eth_getFilterChanges", logFilter));
  }

  @Test
  void filterCount_isLimitedTo1000() {
    ArrayNode batch = JSON.createArrayNode();
    for (int i = 0; i < 1000; i++) {
      batch.addObject().put("jsonrpc", "2.0").put("id", i).put("method", "eth_newBlockFilter").putArray("params");
    }
    JsonNode installed = l2.post(batch.toString());
    List<String> ids = new ArrayList<>();
    installed.forEach(r -> {
      if (r.has("result")) {
        ids.add(r.get("result").asText());
      }
    });
    try {
      assertRpc(-32005, "too many filters, limit 1000", () -> l2.call("eth_newBlockFilter"));
    } finally {
      ArrayNode remove = JSON.createArrayNode();
      for (int i = 0; i < ids.size(); i++) {
        remove.addObject().put("jsonrpc", "2.0").put("id", i).put("method", "eth_uninstallFilter")
            .putArray("params").add(ids.get(i));
      }
      l2.post(remove.toString());
    }
    assertTrue(ids.size() <= 1000);
    String again = l2.call("eth_newBlockFilter").asText();
    assertTrue(l2.call("eth_uninstallFilter", again).asBoolean(), "uninstalling frees the slots");
  }

  @Test
  void logQueries_areBoundedByRange_andChecked() {
    assertRpc(-32005, "query exceeds max block range 10000", () -> l2.call("eth_getLogs",
        JSON.createObjectNode().put("fromBlock", "0x0").put("toBlock", "0x2710")));
    assertEquals(0, l2.call("eth_getLogs", JSON.createObjectNode().put("fromBlock", "0x0").put("toBlock", "0x270f")
        .put("address", E2e.freshAddress().toHex())).size());
    assertRpc(-32000, "invalid block range params", () -> l2.call("eth_getLogs",
        JSON.createObjectNode().put("fromBlock", "0x2").put("toBlock", "0x1")));
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  static void assertRpc(int code, String message, org.junit.jupiter.api.function.Executable call) {
    JsonRpcError e = assertThrows(JsonRpcError.class, call);
    assertEquals(code, e.code(), e.getMessage());
    assertEquals(message, e.rpcMessage());
  }
}
