package dev.vigil.sequencer.rpc;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.transfer;
import static dev.vigil.sequencer.block.TestChain.transfer1559;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.rpc.JsonRpcDispatcher;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.sequencer.batch.RollupView;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.block.WithdrawalCall;
import dev.vigil.sequencer.withdrawal.WithdrawalProver;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SequencerRpcTest {
  private static final Address TOKEN = Address.fromHex("0x00000000000000000000000000000000000070c0");
  private final TestChain t = new TestChain();
  private final Vertx vertx = Vertx.vertx();
  private JsonRpcDispatcher rpc;

  @BeforeEach
  void setUp() throws Exception {
    rpc = new JsonRpcDispatcher(vertx, SequencerRpc.methods(TestChain.PARAMS, t.chain, t.store,
        new RollupView(), t.admission, t.builder, new WithdrawalProver(t.withdrawals, t.chain)), 100);
    t.deposit(ALICE, ETHER);
    t.enqueue(new QueueItem.TokenDeposit(TOKEN, ALICE, BigInteger.valueOf(77)));
    t.seal();
    t.builder.start(20);
  }

  @AfterEach
  void tearDown() throws Exception {
    t.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  private JsonObject call(String method, Object... params) throws Exception {
    JsonObject request = new JsonObject().put("jsonrpc", "2.0").put("id", 1).put("method", method)
        .put("params", new JsonArray(java.util.List.of(params)));
    return rpc.dispatchOne(request).toCompletionStage().toCompletableFuture()
        .get(10, TimeUnit.SECONDS).orElseThrow();
  }

  private Object result(String method, Object... params) throws Exception {
    JsonObject r = call(method, params);
    assertNull(r.getValue("error"), () -> method + ": " + r.encode());
    return r.getValue("result");
  }

  private JsonObject error(String method, Object... params) throws Exception {
    JsonObject r = call(method, params);
    assertTrue(r.containsKey("error"), () -> method + " succeeded: " + r.encode());
    return r.getJsonObject("error");
  }

  @Test
  void chainIds_andGas() throws Exception {
    assertEquals("0xa5b8", result("eth_chainId"));
    assertEquals("42424", result("net_version"));
    assertEquals("0x3b9aca00", result("eth_gasPrice"));
    assertEquals("0x0", result("eth_maxPriorityFeePerGas"));
    assertEquals("0x1", result("eth_blockNumber"));
    assertTrue(((String) result("web3_clientVersion")).startsWith("vigil-sequencer/"));
  }

  @Test
  void sendRawTransaction_answersWithTheHashOnceSealed_thenReceiptAndBlockShowIt() throws Exception {
    Bytes raw = transfer1559(ALICE_KEY, 0, BOB, BigInteger.valueOf(5));
    assertEquals(Keccak.hash(raw).toHex(), result("eth_sendRawTransaction", raw.toHex()));

    JsonObject receipt = (JsonObject) result("eth_getTransactionReceipt", Keccak.hash(raw).toHex());
    assertEquals("0x1", receipt.getString("status"));
    assertEquals("0x5208", receipt.getString("gasUsed"));
    assertEquals("0x5208", receipt.getString("cumulativeGasUsed"));
    assertEquals("0x2", receipt.getString("type"));
    assertEquals("0x2", receipt.getString("blockNumber"));
    assertEquals("0x0", receipt.getString("transactionIndex"));
    assertEquals(ALICE.toHex(), receipt.getString("from"));
    assertEquals(BOB.toHex(), receipt.getString("to"));
    assertEquals("0x3b9aca01", receipt.getString("effectiveGasPrice"));
    assertTrue(receipt.containsKey("contractAddress") && receipt.getValue("contractAddress") == null);

    JsonObject block = (JsonObject) result("eth_getBlockByNumber", "latest", true);
    assertEquals(receipt.getString("blockHash"), block.getString("hash"));
    JsonObject tx = block.getJsonArray("transactions").getJsonObject(0);
    assertEquals("0x5", tx.getString("value"));
    assertEquals("0x0", tx.getString("nonce"));
    JsonObject byHash = (JsonObject) result("eth_getBlockByHash", block.getString("hash"), false);
    assertEquals(Keccak.hash(raw).toHex(), byHash.getJsonArray("transactions").getString(0));
    assertEquals(tx, result("eth_getTransactionByHash", Keccak.hash(raw).toHex()));
    assertEquals("0x5", result("eth_getBalance", BOB.toHex(), "latest"));
    assertEquals("0x1", result("eth_getTransactionCount", ALICE.toHex(), "pending"));
    assertEquals("0x0", result("eth_getBalance", BOB.toHex(), "0x1"));
  }

  @Test
  void batchOfOneSendersTransactions_isExecutedInRequestOrder_andAnsweredTogether() throws Exception {
    int n = 8;
    JsonArray batch = new JsonArray();
    for (int nonce = 0; nonce < n; nonce++) {
      batch.add(new JsonObject().put("jsonrpc", "2.0").put("id", nonce).put("method", "eth_sendRawTransaction")
          .put("params", new JsonArray().add(transfer(ALICE_KEY, nonce, BOB, BigInteger.ONE).toHex())));
    }
    JsonArray answers = new JsonArray(rpc.dispatch(batch.toBuffer()).toCompletionStage()
        .toCompletableFuture().get(10, TimeUnit.SECONDS).orElseThrow());
    assertEquals(n, answers.size());
    for (int i = 0; i < n; i++) {
      JsonObject a = answers.getJsonObject(i);
      assertEquals(i, a.getInteger("id"));
      assertEquals(Keccak.hash(transfer(ALICE_KEY, i, BOB, BigInteger.ONE)).toHex(), a.getString("result"),
          a.encode());
    }
    assertEquals("0x8", result("eth_getTransactionCount", ALICE.toHex(), "latest"));
  }

  @Test
  void sendRawTransaction_refusalsAreMinus32000WithGethTexts() throws Exception {
    JsonObject low = error("eth_sendRawTransaction", transfer(ALICE_KEY, 5, BOB, BigInteger.ONE).toHex());
    assertEquals(-32000, low.getInteger("code"));
    assertEquals("nonce too high", low.getString("message"));
    JsonObject rlp = error("eth_sendRawTransaction", "0xc0");
    assertEquals(-32000, rlp.getInteger("code"));
    assertTrue(rlp.getString("message").startsWith("rlp: "), rlp.encode());
  }

  @Test
  void sendRawTransaction_badParamsAreMinus32602() throws Exception {
    assertEquals(-32602, error("eth_sendRawTransaction", "0xabc").getInteger("code"));
    assertEquals(-32602, error("eth_sendRawTransaction", "abcd").getInteger("code"));
    assertEquals(-32602, error("eth_sendRawTransaction").getInteger("code"));
    assertEquals(-32602, error("eth_sendRawTransaction", 12).getInteger("code"));
    assertEquals(-32601, error("eth_sendTransaction", "0x00").getInteger("code"));
  }

  @Test
  void estimateGas_isTheKindsFixedGas() throws Exception {
    JsonObject ethTransfer = new JsonObject().put("to", BOB.toHex()).put("value", "0x1");
    assertEquals("0x5208", result("eth_estimateGas", ethTransfer));
    JsonObject tokenTransfer = new JsonObject().put("to", TOKEN.toHex())
        .put("data", WithdrawalCall.transfer(BOB, BigInteger.ONE).toHex());
    assertEquals("0xc350", result("eth_estimateGas", tokenTransfer));
    JsonObject withdrawal = new JsonObject().put("to", "0x000000000000000000000000000000000000b1d9")
        .put("value", "0x1").put("input", WithdrawalCall.withdrawEth(BOB).toHex());
    assertEquals("0xea60", result("eth_estimateGas", withdrawal));
    JsonObject creation = new JsonObject().put("data", "0x6000");
    JsonObject e = error("eth_estimateGas", creation);
    assertEquals(-32000, e.getInteger("code"));
    assertEquals("unsupported transaction: contract creation", e.getString("message"));
    JsonObject unknown = new JsonObject().put("to", BOB.toHex()).put("data", "0x12345678");
    assertEquals("unsupported transaction: unknown calldata",
        error("eth_estimateGas", unknown).getString("message"));
  }

  @Test
  void tokenBalances_viaBalanceOfCallAndRollupMethod() throws Exception {
    Bytes balanceOf = Bytes.concat(Bytes.fromHex("0x70a08231"), Bytes.wrap(new byte[12]), ALICE.bytes());
    JsonObject call = new JsonObject().put("to", TOKEN.toHex()).put("data", balanceOf.toHex());
    assertEquals("0x" + "0".repeat(62) + "4d", result("eth_call", call, "latest"));
    assertEquals("0x4d", result("rollup_getTokenBalance", TOKEN.toHex(), ALICE.toHex()));
    JsonObject decimals = new JsonObject().put("to", TOKEN.toHex()).put("data", "0x313ce567");
    assertEquals("execution reverted", error("eth_call", decimals).getString("message"));
  }

  @Test
  void rollupStatus_andUnknownThings() throws Exception {
    JsonObject status = (JsonObject) result("rollup_status");
    assertEquals(1L, status.getLong("l2Head"));
    assertEquals(2L, status.getLong("queueConsumed"));
    assertEquals(0L, status.getLong("batchCount"));
    assertNull(result("rollup_getBatch", "0x0"));
    assertNull(result("eth_getTransactionReceipt", "0x" + "11".repeat(32)));
    assertNull(result("eth_getBlockByNumber", "0x9", false));
    assertEquals(-32000, error("eth_getBalance", BOB.toHex(), "0x9").getInteger("code"));
    assertEquals(-32000, error("rollup_getWithdrawalProof", "0x0").getInteger("code"));
  }
}
