package dev.vigil.sequencer.rpc;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.CHAIN_ID;
import static dev.vigil.sequencer.block.TestChain.GWEI;
import static dev.vigil.sequencer.rpc.RpcServerFixture.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.block.WithdrawalCall;
import dev.vigil.sequencer.logs.Bloom;
import dev.vigil.sequencer.logs.L2Events;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Receipt logs, blooms, eth_getLogs and the polling filters over real HTTP. */
class LogsTest {
  static final String TRANSFER = L2Events.TRANSFER.toHex();
  private final RpcServerFixture f;

  LogsTest() throws Exception {
    f = new RpcServerFixture();
  }

  @AfterEach
  void tearDown() throws Exception {
    f.close();
  }

  static Bytes tokenTransfer(long nonce, Address to, long amount) {
    return TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, nonce, GWEI, 50_000, TOKEN, BigInteger.ZERO,
        WithdrawalCall.transfer(to, BigInteger.valueOf(amount)));
  }

  private JsonObject send(Bytes raw) throws Exception {
    String hash = (String) f.result("eth_sendRawTransaction", raw.toHex());
    return (JsonObject) f.result("eth_getTransactionReceipt", hash);
  }

  private static String word(Address a) {
    return L2Events.word(a).toHex();
  }

  @Test
  void tokenTransferReceipt_carriesTheTransferLog_andItsBloom() throws Exception {
    JsonObject receipt = send(tokenTransfer(0, BOB, 5));
    assertEquals("0x1", receipt.getString("status"));
    JsonArray logs = receipt.getJsonArray("logs");
    assertEquals(1, logs.size());
    JsonObject log = logs.getJsonObject(0);
    assertEquals(TOKEN.toHex(), log.getString("address"));
    assertEquals(new JsonArray().add(TRANSFER).add(word(ALICE)).add(word(BOB)), log.getJsonArray("topics"));
    assertEquals(Bytes32.fromLong(5).toHex(), log.getString("data"));
    assertEquals("0x0", log.getString("logIndex"));
    assertEquals(receipt.getString("transactionHash"), log.getString("transactionHash"));
    assertEquals(receipt.getString("blockHash"), log.getString("blockHash"));
    assertEquals(receipt.getString("blockNumber"), log.getString("blockNumber"));
    assertEquals("0x0", log.getString("transactionIndex"));
    assertEquals(false, log.getBoolean("removed"));

    Bytes bloom = Bytes.fromHex(receipt.getString("logsBloom"));
    assertTrue(Bloom.mayContain(bloom, TOKEN.bytes()));
    assertTrue(Bloom.mayContain(bloom, L2Events.TRANSFER.toBytes()));
    assertFalse(Bloom.mayContain(bloom, Keccak.hash(Bytes.fromHex("0x01")).toBytes()));
    JsonObject block = (JsonObject) f.result("eth_getBlockByNumber", receipt.getString("blockNumber"), false);
    assertEquals(receipt.getString("logsBloom"), block.getString("logsBloom"));
  }

  @Test
  void bloom_isEthereums() {
    // The bloom of a log from address 0x0...0 with no topics, as go-ethereum computes it:
    // keccak(0x00*20) = 0x5380c7b7ae81a58eb98d9c78de4a1fd7fd9535fc953ed2be602daaa41767312a.
    Bytes bloom = Bloom.of(java.util.List.of(new dev.vigil.sequencer.logs.LogEntry(Address.ZERO,
        java.util.List.of(), Bytes.EMPTY)));
    byte[] expected = new byte[256];
    for (int pair : new int[] {0x5380, 0xc7b7, 0xae81}) {
      int bit = pair & 2047;
      expected[255 - bit / 8] |= (byte) (1 << (bit % 8));
    }
    assertEquals(Bytes.wrap(expected), bloom);
  }

  @Test
  void ethTransfers_andFailedTokenTransfers_haveNoLogs() throws Exception {
    JsonObject eth = send(TestChain.transfer(ALICE_KEY, 0, BOB, BigInteger.ONE));
    assertEquals(0, eth.getJsonArray("logs").size());
    assertEquals(Bytes.wrap(new byte[256]).toHex(), eth.getString("logsBloom"));
    JsonObject failed = send(tokenTransfer(1, BOB, 1000));
    assertEquals("0x0", failed.getString("status"));
    assertEquals(0, failed.getJsonArray("logs").size());
  }

  @Test
  void withdrawals_emitWithdrawalInitiated_andATokenBurn() throws Exception {
    Bytes eth = TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 0, GWEI, 60_000, TxClassifier.L2_BRIDGE,
        BigInteger.TEN, WithdrawalCall.withdrawEth(BOB));
    JsonArray ethLogs = send(eth).getJsonArray("logs");
    assertEquals(1, ethLogs.size());
    assertEquals(TxClassifier.L2_BRIDGE.toHex(), ethLogs.getJsonObject(0).getString("address"));
    assertEquals(new JsonArray().add(L2Events.WITHDRAWAL_INITIATED.toHex()).add(Bytes32.fromLong(0).toHex())
        .add(word(Address.ZERO)).add(word(BOB)), ethLogs.getJsonObject(0).getJsonArray("topics"));
    assertEquals(Bytes32.fromLong(10).toHex(), ethLogs.getJsonObject(0).getString("data"));

    Bytes token = TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 1, GWEI, 80_000, TxClassifier.L2_BRIDGE,
        BigInteger.ZERO, WithdrawalCall.withdrawToken(TOKEN, BOB, BigInteger.valueOf(3)));
    JsonArray tokenLogs = send(token).getJsonArray("logs");
    assertEquals(2, tokenLogs.size());
    assertEquals(new JsonArray().add(TRANSFER).add(word(ALICE)).add(word(Address.ZERO)),
        tokenLogs.getJsonObject(0).getJsonArray("topics"));
    assertEquals(Bytes32.fromLong(1).toHex(), tokenLogs.getJsonObject(1).getJsonArray("topics").getString(1));
    assertEquals("0x1", tokenLogs.getJsonObject(1).getString("logIndex"));
  }

  private JsonArray logs(JsonObject filter) throws Exception {
    return (JsonArray) f.result("eth_getLogs", filter);
  }

  @Test
  void getLogs_filtersByAddressTopicsAndRange() throws Exception {
    send(tokenTransfer(0, BOB, 1));
    send(TestChain.transfer(ALICE_KEY, 1, BOB, BigInteger.ONE));
    JsonObject third = send(tokenTransfer(2, ALICE, 2));
    String other = "0x0000000000000000000000000000000000000001";
    JsonObject all = new JsonObject().put("fromBlock", "earliest").put("toBlock", "latest");
    assertEquals(2, logs(all).size());
    assertEquals(2, logs(all.copy().put("address", TOKEN.toHex())).size());
    assertEquals(2, logs(all.copy().put("address", new JsonArray().add(other).add(TOKEN.toHex()))).size());
    assertEquals(0, logs(all.copy().put("address", other)).size());
    assertEquals(1, logs(all.copy().put("topics", new JsonArray().addNull().addNull().add(word(BOB)))).size());
    assertEquals(2, logs(all.copy().put("topics",
        new JsonArray().add(TRANSFER).addNull().add(new JsonArray().add(word(BOB)).add(word(ALICE))))).size());
    assertEquals(0, logs(all.copy().put("topics", new JsonArray().add(word(BOB)))).size());
    JsonArray last = logs(new JsonObject().put("fromBlock", third.getString("blockNumber")));
    assertEquals(1, last.size());
    assertEquals(third.getString("transactionHash"), last.getJsonObject(0).getString("transactionHash"));
    assertEquals(1, logs(new JsonObject().put("blockHash", third.getString("blockHash"))).size());
    assertEquals(0, logs(new JsonObject().put("fromBlock", "0x1").put("toBlock", "0x1")).size());
  }

  @Test
  void getLogs_errors() throws Exception {
    JsonObject range = f.error("eth_getLogs", new JsonObject().put("fromBlock", "0x0").put("toBlock", "0x2710"));
    assertEquals(-32005, range.getInteger("code"));
    assertEquals("query exceeds max block range 10000", range.getString("message"));
    JsonObject both = f.error("eth_getLogs", new JsonObject().put("fromBlock", "0x0")
        .put("blockHash", Bytes32.ZERO.toHex()));
    assertEquals(-32602, both.getInteger("code"));
    assertEquals("unknown block",
        f.error("eth_getLogs", new JsonObject().put("blockHash", "0x" + "11".repeat(32))).getString("message"));
    assertEquals("invalid block range params",
        f.error("eth_getLogs", new JsonObject().put("fromBlock", "0x1").put("toBlock", "0x0")).getString("message"));
    assertEquals(-32602, f.error("eth_getLogs", new JsonObject().put("address", "0x12")).getInteger("code"));
    assertEquals(-32602, f.error("eth_getLogs", new JsonObject().put("topics",
        new JsonArray().addNull().addNull().addNull().addNull().addNull())).getInteger("code"));
  }

  @Test
  void filters_lifecycle() throws Exception {
    String logFilter = (String) f.result("eth_newFilter", new JsonObject().put("address", TOKEN.toHex()));
    String blockFilter = (String) f.result("eth_newBlockFilter");
    assertEquals(new JsonArray(), f.result("eth_getFilterChanges", logFilter));
    JsonObject r = send(tokenTransfer(0, BOB, 4));
    JsonArray changes = (JsonArray) f.result("eth_getFilterChanges", logFilter);
    assertEquals(1, changes.size());
    assertEquals(r.getString("transactionHash"), changes.getJsonObject(0).getString("transactionHash"));
    assertEquals(new JsonArray(), f.result("eth_getFilterChanges", logFilter));
    assertEquals(1, ((JsonArray) f.result("eth_getFilterLogs", logFilter)).size());
    assertEquals(new JsonArray().add(r.getString("blockHash")), f.result("eth_getFilterChanges", blockFilter));
    assertEquals("filter not found", f.error("eth_getFilterLogs", blockFilter).getString("message"));
    assertEquals(true, f.result("eth_uninstallFilter", logFilter));
    assertEquals(false, f.result("eth_uninstallFilter", logFilter));
    JsonObject gone = f.error("eth_getFilterChanges", logFilter);
    assertEquals(-32000, gone.getInteger("code"));
    assertEquals("filter not found", gone.getString("message"));
  }

  @Test
  void filters_areLimited() throws Exception {
    for (int i = 0; i < RpcServerFixture.MAX_FILTERS; i++) {
      f.result("eth_newBlockFilter");
    }
    JsonObject e = f.error("eth_newBlockFilter");
    assertEquals(-32005, e.getInteger("code"));
    assertEquals("too many filters, limit " + RpcServerFixture.MAX_FILTERS, e.getString("message"));
  }
}
