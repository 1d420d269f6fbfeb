package dev.vigil.node.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client's typed answers and errors, against a canned node on 127.0.0.1. */
class RollupClientTest {
  private static final String ROOT = "0x" + "ab".repeat(32);
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  private final Map<String, String> lastBody = new ConcurrentHashMap<>();
  private HttpServer server;
  private RollupClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", ex -> {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String method = body.replaceAll(".*\"method\":\"([^\"]+)\".*", "$1");
      lastBody.put(method, body);
      byte[] out = ("{\"jsonrpc\":\"2.0\",\"id\":1," + answers.getOrDefault(method,
          "\"error\":{\"code\":-32601,\"message\":\"the method " + method + " does not exist/is not available\"}")
          + "}").getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(200, out.length);
      ex.getResponseBody().write(out);
      ex.close();
    });
    server.start();
    client = new RollupClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort()));
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void status_isTyped() {
    answers.put("rollup_status", "\"result\":{\"l2Head\":12,\"l2HeadHash\":\"" + ROOT + "\",\"safeBlock\":10,"
        + "\"finalizedBlock\":3,\"batchCount\":4,\"queueConsumed\":15,\"queueLength\":16}");
    assertEquals(new RollupStatus(12, Bytes32.fromHex(ROOT), 10, 3, 4, 15, 16), client.status());
  }

  @Test
  void batch_isTyped_andNullIsEmpty() {
    answers.put("rollup_getBatch", "\"result\":{\"index\":2,\"l1TxHash\":null,\"firstBlock\":5,"
        + "\"lastBlock\":7,\"entryCount\":9,\"postStateRoot\":\"" + ROOT + "\",\"entriesRoot\":\"" + ROOT
        + "\",\"rootsRoot\":\"" + ROOT + "\",\"queueStart\":1,\"queueEnd\":3,\"appendedAt\":1700000000,"
        + "\"finalized\":true}");
    BatchInfo b = client.batch(2).orElseThrow();
    assertEquals(Optional.empty(), b.l1TxHash());
    assertEquals(5, b.firstBlock());
    assertEquals(9, b.entryCount());
    assertTrue(b.finalized());
    assertTrue(lastBody.get("rollup_getBatch").contains("\"params\":[2]"), lastBody.toString());
    answers.put("rollup_getBatch", "\"result\":null");
    assertEquals(Optional.empty(), client.batch(99));
  }

  @Test
  void withdrawalProof_isTyped_andVerifiesAgainstItsRoot() {
    WithdrawalProof real = WithdrawalProofTest.proofOfOneLeafTree();
    answers.put("rollup_getWithdrawalProof", "\"result\":{\"index\":0,\"token\":\"" + real.token().toHex()
        + "\",\"recipient\":\"" + real.recipient().toHex() + "\",\"amount\":\"0x"
        + real.amount().toString(16) + "\",\"l2Block\":4,\"batchIndex\":1,\"stateRoot\":\""
        + real.stateRoot().toHex() + "\",\"siblings\":[],\"finalized\":false}");
    WithdrawalProof p = client.withdrawalProof(0);
    assertEquals(real.withdrawal(), p.withdrawal());
    assertFalse(p.finalized());
    assertTrue(p.verifies());
  }

  @Test
  void nodeErrors_carryCodeAndText() {
    answers.put("rollup_getWithdrawalProof",
        "\"error\":{\"code\":-32000,\"message\":\"withdrawal 7 is not in a posted batch yet\"}");
    RollupRpcException e = assertThrows(RollupRpcException.class, () -> client.withdrawalProof(7));
    assertEquals(-32000, e.code());
    assertEquals("withdrawal 7 is not in a posted batch yet", e.rpcMessage());
  }

  @Test
  void tokenBalance_isAQuantity_atTheGivenBlock() {
    answers.put("rollup_getTokenBalance", "\"result\":\"0x3e8\"");
    Address token = Address.fromHex("0x" + "11".repeat(20));
    Address owner = Address.fromHex("0x" + "22".repeat(20));
    assertEquals(BigInteger.valueOf(1000), client.tokenBalance(token, owner, "safe"));
    assertTrue(lastBody.get("rollup_getTokenBalance").contains("\"safe\""));
  }

  @Test
  void unreachableNode_isATransportError() {
    server.stop(0);
    RollupRpcException e = assertThrows(RollupRpcException.class, client::status);
    assertEquals(0, e.code());
  }
}
