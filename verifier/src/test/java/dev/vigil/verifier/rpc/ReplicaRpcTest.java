package dev.vigil.verifier.rpc;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.rpc.JsonRpcServer;
import dev.vigil.node.rpc.JsonRpcServerConfig;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.fraud.ProofRecord;
import dev.vigil.verifier.fraud.ProofStatus;
import dev.vigil.verifier.RpcClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The replica's methods through the real JSON-RPC server on 127.0.0.1. */
class ReplicaRpcTest {
  private static final StateTree STATE = StateTree.empty()
      .set(StateKeys.account(ALICE), new Account(3, ETHER).toWord())
      .set(StateKeys.token(TOKEN, BOB), Bytes32.fromLong(77));
  private static final AtomicReference<ReplicaView> VIEW = new AtomicReference<>();
  private static final AtomicReference<List<ProofRecord>> PROOFS = new AtomicReference<>(List.of());
  private static Vertx vertx;
  private static JsonRpcServer server;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    server = JsonRpcServer.start(vertx, ReplicaRpc.methods(VIEW::get, PROOFS::get, "vigil-verifier/test"),
            JsonRpcServerConfig.localhost(0))
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private static Object call(String method, Object... params) throws Exception {
    return new RpcClient(server.url()).call(method, params);
  }

  private static JsonObject send(String method, Object... params) throws Exception {
    return new RpcClient(server.url()).send(method, params);
  }

  private static void agreeing() {
    VIEW.set(new ReplicaView(42424, STATE, 5, 12, 99, Optional.empty()));
    PROOFS.set(List.of());
  }

  @Test
  void ethReads_answerFromTheDerivedState() throws Exception {
    agreeing();
    assertEquals("0xa5b8", call("eth_chainId"));
    assertEquals("42424", call("net_version"));
    assertEquals("0xc", call("eth_blockNumber"));
    assertEquals("0x" + ETHER.toString(16), call("eth_getBalance", ALICE.toHex(), "latest"));
    assertEquals("0x" + ETHER.toString(16), call("eth_getBalance", ALICE.toHex(), "0xc"));
    assertEquals("0x0", call("eth_getBalance", ALICE.toHex(), "earliest"));
    assertEquals("0x0", call("eth_getBalance", BOB.toHex()));
    assertEquals("0x3", call("eth_getTransactionCount", ALICE.toHex(), "latest"));
    assertEquals("0x4d", call("rollup_getTokenBalance", TOKEN.toHex(), BOB.toHex()));
    assertEquals("vigil-verifier/test", call("web3_clientVersion"));
  }

  @Test
  void blocksTheReplicaDoesNotHold_areErrors() throws Exception {
    agreeing();
    JsonObject older = send("eth_getBalance", ALICE.toHex(), "0xb").getJsonObject("error");
    assertEquals(-32000, older.getInteger("code"));
    assertTrue(older.getString("message").startsWith("historical state not available"));
    assertEquals("header not found",
        send("eth_getBalance", ALICE.toHex(), "0xd").getJsonObject("error").getString("message"));
    assertEquals(-32602, send("eth_getBalance", "0x12").getJsonObject("error").getInteger("code"));
  }

  @Test
  void rollupStatus_reportsProgressAndAgreement() throws Exception {
    agreeing();
    JsonObject status = (JsonObject) call("rollup_status");
    assertEquals(5, status.getLong("batchesVerified"));
    assertEquals(4, status.getLong("lastBatchIndex"));
    assertEquals(12, status.getLong("l2Block"));
    assertEquals(STATE.root().toHex(), status.getString("stateRoot"));
    assertEquals(99, status.getLong("l1Block"));
    assertTrue(status.getBoolean("agree"));
    assertTrue(status.containsKey("disagreement"));
    assertNull(status.getValue("disagreement"));
    assertEquals(new JsonArray(), status.getJsonArray("fraudProofs"));
  }

  @Test
  void rollupStatus_listsTheFraudProofs() throws Exception {
    agreeing();
    ProofRecord pending = new ProofRecord(3, 1, Bytes32.fromLong(10), 40, Bytes32.fromLong(11),
        Bytes32.fromLong(12), ProofStatus.PENDING, Optional.empty(), 0, 0, "");
    ProofRecord included = pending.included(Bytes32.fromLong(13), 41, 123_456);
    PROOFS.set(List.of(included, pending.stoodDown(Optional.empty(), "reverted by another")));

    JsonArray proofs = ((JsonObject) call("rollup_status")).getJsonArray("fraudProofs");

    assertEquals(2, proofs.size());
    JsonObject first = proofs.getJsonObject(0);
    assertEquals(3, first.getLong("batchIndex"));
    assertEquals(1, first.getInteger("entryIndex"));
    assertEquals(Bytes32.fromLong(13).toHex(), first.getString("txHash"));
    assertEquals("included", first.getString("status"));
    assertEquals(41, first.getLong("l1Block"));
    assertEquals(123_456, first.getLong("gasUsed"));
    JsonObject second = proofs.getJsonObject(1);
    assertEquals("stoodDown", second.getString("status"));
    assertNull(second.getValue("txHash"));
    assertNull(second.getValue("gasUsed"));
  }

  @Test
  void rollupStatus_showsTheDisagreement() throws Exception {
    VIEW.set(new ReplicaView(42424, StateTree.empty(), 0, 0, 7, Optional.of(
        new Disagreement(0, 3, Bytes32.fromLong(1), Bytes32.fromLong(2)))));
    JsonObject status = (JsonObject) call("rollup_status");
    assertFalse(status.getBoolean("agree"));
    assertNull(status.getValue("lastBatchIndex"));
    JsonObject d = status.getJsonObject("disagreement");
    assertEquals(0, d.getLong("batchIndex"));
    assertEquals(3, d.getInteger("entryIndex"));
    assertEquals(Bytes32.fromLong(1).toHex(), d.getString("claimedRoot"));
    assertEquals(Bytes32.fromLong(2).toHex(), d.getString("computedRoot"));
  }
}
