package dev.vigil.sequencer.rpc;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.CHAIN_ID;
import static dev.vigil.sequencer.block.TestChain.GWEI;
import static dev.vigil.sequencer.rpc.RpcServerFixture.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.block.WithdrawalCall;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Wallet-facing eth_ methods over real HTTP: tags, code, counts, fee history, ERC-20 calls. */
class WalletMethodsTest {
  private final RpcServerFixture f;

  WalletMethodsTest() throws Exception {
    f = new RpcServerFixture();
  }

  @AfterEach
  void tearDown() throws Exception {
    f.close();
  }

  private static JsonObject call(String data) {
    return new JsonObject().put("to", TOKEN.toHex()).put("data", data);
  }

  @Test
  void syncingAccountsAndCode() throws Exception {
    assertEquals(false, f.result("eth_syncing"));
    assertEquals(new JsonArray(), f.result("eth_accounts"));
    assertEquals("0x", f.result("eth_getCode", BOB.toHex(), "latest"));
    assertEquals("0xfe", f.result("eth_getCode", TOKEN.toHex(), "latest"));
    assertEquals("0xfe", f.result("eth_getCode", "0x000000000000000000000000000000000000b1d9"));
    JsonObject beyond = f.error("eth_getCode", BOB.toHex(), "0x99");
    assertEquals(-32000, beyond.getInteger("code"));
    assertEquals("header not found", beyond.getString("message"));
    assertEquals(-32602, f.error("eth_getCode", "0x12").getInteger("code"));
  }

  @Test
  void blockTags_andTransactionCounts() throws Exception {
    f.result("eth_sendRawTransaction", TestChain.transfer(ALICE_KEY, 0, BOB, BigInteger.TEN).toHex());
    assertEquals("0x2", f.result("eth_blockNumber"));
    for (String tag : new String[] {"latest", "pending", "0x2"}) {
      assertEquals("0xa", f.result("eth_getBalance", BOB.toHex(), tag), tag);
    }
    // No batch on L1 yet: safe and finalized are genesis.
    assertEquals("0x0", f.result("eth_getBalance", BOB.toHex(), "safe"));
    assertEquals("0x0", f.result("eth_getTransactionCount", ALICE.toHex(), "finalized"));
    assertEquals("0x0", f.result("eth_getBalance", ALICE.toHex(), "earliest"));
    assertEquals(-32602, f.error("eth_getBalance", BOB.toHex(), "newest").getInteger("code"));
    assertEquals("0x1", f.result("eth_getBlockTransactionCountByNumber", "latest"));
    assertEquals("0x0", f.result("eth_getBlockTransactionCountByNumber", "0x1"));
    String hash = ((JsonObject) f.result("eth_getBlockByNumber", "0x2", false)).getString("hash");
    assertEquals("0x1", f.result("eth_getBlockTransactionCountByHash", hash));
    assertNull(f.result("eth_getBlockTransactionCountByNumber", "0x9"));
    assertNull(f.result("eth_getBlockTransactionCountByHash", "0x" + "12".repeat(32)));
    assertEquals(-32602, f.error("eth_getBlockTransactionCountByHash", "0x12").getInteger("code"));
  }

  @Test
  void feeHistory_constantBaseFee_ratiosAndTipPercentiles() throws Exception {
    Bytes tip2 = TxSigner.signEip1559(ALICE_KEY, CHAIN_ID, 0, BigInteger.TWO, GWEI.multiply(BigInteger.TWO),
        21_000, BOB, BigInteger.ONE, Bytes.EMPTY);
    f.result("eth_sendRawTransaction", tip2.toHex());
    JsonObject h = (JsonObject) f.result("eth_feeHistory", "0x2", "latest", new JsonArray().add(10).add(90));
    assertEquals("0x1", h.getString("oldestBlock"));
    assertEquals(new JsonArray().add("0x3b9aca00").add("0x3b9aca00").add("0x3b9aca00"),
        h.getJsonArray("baseFeePerGas"));
    assertEquals(0.0, h.getJsonArray("gasUsedRatio").getDouble(0));
    assertEquals(21_000.0 / JsonFormat.BLOCK_GAS_LIMIT, h.getJsonArray("gasUsedRatio").getDouble(1), 1e-12);
    assertEquals(new JsonArray().add("0x0").add("0x0"), h.getJsonArray("reward").getJsonArray(0));
    assertEquals(new JsonArray().add("0x2").add("0x2"), h.getJsonArray("reward").getJsonArray(1));
    JsonObject noRewards = (JsonObject) f.result("eth_feeHistory", 1, "latest");
    assertTrue(!noRewards.containsKey("reward"));
    JsonObject bad = f.error("eth_feeHistory", "0x1", "latest", new JsonArray().add(90).add(10));
    assertEquals(-32602, bad.getInteger("code"));
    assertTrue(bad.getString("message").startsWith("invalid reward percentile"), bad.encode());
  }

  @Test
  void bridgedToken_answersErc20Calls() throws Exception {
    String aliceWord = "000000000000000000000000" + ALICE.toHex().substring(2);
    assertEquals(Bytes32.fromLong(77).toHex(), f.result("eth_call", call("0x70a08231" + aliceWord), "latest"));
    assertEquals(Bytes32.ZERO.toHex(),
        f.result("eth_call", call("0xdd62ed3e" + aliceWord + aliceWord), "latest"));
    assertEquals(Bytes32.fromLong(77).toHex(), f.result("eth_call", call("0x18160ddd")));
    assertEquals(Bytes32.fromLong(18).toHex(), f.result("eth_call", call("0x313ce567")));
    assertEquals(RpcServerFixture.METADATA.call(TOKEN, Erc20Calls.SYMBOL).toHex(),
        f.result("eth_call", call("0x95d89b41")));
    JsonObject name = f.error("eth_call", call("0x06fdde03"));
    assertEquals(-32000, name.getInteger("code"));
    assertEquals("execution reverted", name.getString("message"));
    assertEquals("execution reverted", f.error("eth_call", call("0xdeadbeef")).getString("message"));
    assertEquals("execution reverted",
        f.error("eth_call", call("0x70a08231" + "ff" + aliceWord.substring(2))).getString("message"));
    JsonObject creation = f.error("eth_call", new JsonObject().put("data", "0x6000"));
    assertEquals("unsupported transaction: contract creation", creation.getString("message"));
    assertEquals("0x", f.result("eth_call", new JsonObject().put("to", BOB.toHex())));
  }

  @Test
  void totalSupply_fallsWithATokenWithdrawal() throws Exception {
    Bytes withdraw = TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 0, GWEI, 80_000,
        dev.vigil.protocol.tx.TxClassifier.L2_BRIDGE, BigInteger.ZERO,
        WithdrawalCall.withdrawToken(TOKEN, BOB, BigInteger.valueOf(7)));
    f.result("eth_sendRawTransaction", withdraw.toHex());
    assertEquals(Bytes32.fromLong(70).toHex(), f.result("eth_call", call("0x18160ddd")));
  }

  @Test
  void transactionErrors_haveGethTexts() throws Exception {
    Bytes first = TestChain.transfer(ALICE_KEY, 0, BOB, BigInteger.ONE);
    f.result("eth_sendRawTransaction", first.toHex());
    assertEquals("already known", f.error("eth_sendRawTransaction", first.toHex()).getString("message"));
    JsonObject low = f.error("eth_sendRawTransaction", TestChain.transfer(ALICE_KEY, 0, BOB, BigInteger.TWO).toHex());
    assertEquals(-32000, low.getInteger("code"));
    assertEquals("nonce too low", low.getString("message"));
    Bytes rich = TestChain.transfer(ALICE_KEY, 1, BOB, BigInteger.TEN.pow(19));
    assertEquals("insufficient funds for gas * price + value",
        f.error("eth_sendRawTransaction", rich.toHex()).getString("message"));
    Bytes cheap = TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 1, BigInteger.ONE, 21_000, BOB, BigInteger.ONE, Bytes.EMPTY);
    assertEquals("transaction underpriced", f.error("eth_sendRawTransaction", cheap.toHex()).getString("message"));
    Bytes cheap1559 = TxSigner.signEip1559(ALICE_KEY, CHAIN_ID, 1, BigInteger.ZERO, BigInteger.ONE, 21_000, BOB,
        BigInteger.ONE, Bytes.EMPTY);
    assertEquals("max fee per gas less than block base fee",
        f.error("eth_sendRawTransaction", cheap1559.toHex()).getString("message"));
    Bytes creation = TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 1, GWEI, 53_000, java.util.Optional.empty(), BigInteger.ZERO,
        Bytes.fromHex("0x6000"));
    assertEquals("unsupported transaction: contract creation",
        f.error("eth_sendRawTransaction", creation.toHex()).getString("message"));
    assertEquals(-32601, f.error("eth_sign", ALICE.toHex(), "0x00").getInteger("code"));
  }
}
