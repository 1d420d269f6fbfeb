package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static dev.vigil.devnet.e2e.E2e.GWEI;
import static dev.vigil.devnet.e2e.E2e.SETTLE;
import static dev.vigil.devnet.e2e.E2e.balance;
import static dev.vigil.devnet.e2e.E2e.tokenBalance;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.FundedAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.Erc20;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.response.EthSendTransaction;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.RawTransactionManager;

/**
 * End to end: deposits of ETH and the DevToken on L1 reach L2 (sequencer and
 * both verifiers), ETH transfers as legacy and EIP-1559 raw transactions (and through web3j's
 * own client) succeed with receipts, and a bridged-token transfer on L2 moves the balance.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(300)
class DepositAndTransferE2eTest {
  private static Devnet devnet;
  private static JsonRpcClient l2;

  @BeforeAll
  static void setUp(Devnet d) {
    devnet = d;
    l2 = E2e.l2(d);
  }

  @Test
  void devnetFunding_depositsShowOnTheSequencerAndBothVerifiers() {
    for (FundedAccount f : devnet.summary().accounts()) {
      assertEquals(devnet.options().ethPerAccount(), f.l2Eth(), "ETH of " + f.account().address());
      assertEquals(devnet.options().tokensPerAccount(), f.l2Token(), "DVT of " + f.account().address());
    }
    // Other tests spend from these accounts meanwhile: compare each verifier with the
    // sequencer's state at the very L2 block the verifier has derived.
    for (int v = 1; v <= 2; v++) {
      JsonRpcClient verifier = E2e.verifier(devnet, v);
      E2e.awaitTrue("verifier-" + v + " holds the sequencer's balances at its block", SETTLE,
          () -> sameBalancesAtVerifierBlock(verifier));
    }
  }

  private static boolean sameBalancesAtVerifierBlock(JsonRpcClient verifier) {
    Address token = devnet.deployment().token();
    long block = verifier.call("rollup_status").get("l2Block").asLong();
    String tag = "0x" + Long.toHexString(block);
    for (FundedAccount f : devnet.summary().accounts()) {
      String a = f.account().address().toHex();
      BigInteger eth = balance(verifier, f.account().address());
      BigInteger dvt = tokenBalance(verifier, token, f.account().address());
      if (block == 0 || eth.signum() == 0 || dvt.signum() == 0
          || !eth.equals(l2.quantity("eth_getBalance", a, tag))
          || !dvt.equals(l2.quantity("rollup_getTokenBalance", token.toHex(), a, tag))) {
        return false;
      }
    }
    return verifier.call("rollup_status").get("l2Block").asLong() == block;
  }

  @Test
  void depositEthAndToken_onL1_creditTheL2Recipient_everywhere() {
    Address recipient = E2e.freshAddress();
    Address token = devnet.deployment().token();
    BigInteger eth = ETHER.multiply(BigInteger.TWO);
    BigInteger tokens = ETHER.multiply(BigInteger.valueOf(7));
    TxManager user = E2e.l1Sender(devnet, 3);
    BridgeContract bridge = new BridgeContract(E2e.l1(devnet), devnet.deployment().bridge());
    bridge.depositEth(user, recipient, eth);
    new Erc20(E2e.l1(devnet), token).approve(user, devnet.deployment().bridge(), tokens);
    bridge.depositToken(user, token, recipient, tokens);

    E2e.awaitTrue("the sequencer credits the deposits", SETTLE,
        () -> balance(l2, recipient).equals(eth) && tokenBalance(l2, token, recipient).equals(tokens));
    for (int v = 1; v <= 2; v++) {
      JsonRpcClient verifier = E2e.verifier(devnet, v);
      E2e.awaitTrue("verifier-" + v + " derives the deposits from L1", SETTLE,
          () -> balance(verifier, recipient).equals(eth)
              && tokenBalance(verifier, token, recipient).equals(tokens));
    }
  }

  @Test
  void legacyEthTransfer_succeeds_andChargesGasPriceTimes21000() {
    L2Wallet sender = E2e.wallet(devnet, 3);
    Address to = E2e.freshAddress();
    BigInteger before = sender.balance();
    long nonce = sender.nonce();
    String hash = sender.send(sender.legacy(nonce, to, ETHER, Bytes.EMPTY, 21_000));

    JsonNode r = sender.receipt(hash);
    assertEquals("0x1", r.get("status").asText());
    assertEquals("0x0", r.get("type").asText());
    assertEquals(hash, r.get("transactionHash").asText());
    assertEquals(sender.address().toHex(), r.get("from").asText().toLowerCase());
    assertEquals(21_000, E2e.quantity(r.get("gasUsed")));
    assertEquals(ETHER, balance(l2, to));
    assertEquals(before.subtract(ETHER).subtract(GWEI.multiply(BigInteger.valueOf(21_000))),
        sender.balance());
    assertEquals(nonce + 1, sender.nonce());
    JsonNode tx = l2.call("eth_getTransactionByHash", hash);
    assertEquals(r.get("blockNumber").asText(), tx.get("blockNumber").asText());
  }

  @Test
  void eip1559EthTransfer_succeeds_andPaysTheEffectivePrice() {
    L2Wallet sender = E2e.wallet(devnet, 3);
    Address to = E2e.freshAddress();
    BigInteger before = sender.balance();
    BigInteger value = ETHER.divide(BigInteger.TEN);
    String hash = sender.send(sender.eip1559(sender.nonce(), to, value, Bytes.EMPTY, 21_000));

    JsonNode r = sender.receipt(hash);
    assertEquals("0x1", r.get("status").asText());
    assertEquals("0x2", r.get("type").asText());
    // min(maxFee 2 gwei, base fee 1 gwei + tip 1 wei)
    BigInteger price = GWEI.add(BigInteger.ONE);
    assertEquals(price, JsonRpcClient.parseQuantity(r.get("effectiveGasPrice").asText()));
    assertEquals(value, balance(l2, to));
    assertEquals(before.subtract(value).subtract(price.multiply(BigInteger.valueOf(21_000))),
        sender.balance());
  }

  @Test
  void web3jClient_sendsLegacyAndEip1559Transfers_overHttp() throws Exception {
    Web3j web3 = Web3j.build(new HttpService(devnet.l2().toString()));
    try {
      Credentials creds = Credentials.create(E2e.wallet(devnet, 9).key().toString(16));
      RawTransactionManager tm = new RawTransactionManager(web3, creds, E2e.L2_CHAIN_ID);
      Address to = E2e.freshAddress();
      BigInteger gasPrice = web3.ethGasPrice().send().getGasPrice();
      EthSendTransaction legacy = tm.sendTransaction(gasPrice, BigInteger.valueOf(21_000),
          to.toHex(), "", ETHER);
      assertEquals(null, legacy.getError(), () -> legacy.getError().getMessage());
      EthSendTransaction dynamic = tm.sendEIP1559Transaction(E2e.L2_CHAIN_ID, BigInteger.ONE,
          gasPrice.multiply(BigInteger.TWO), BigInteger.valueOf(21_000), to.toHex(), "", ETHER);
      assertEquals(null, dynamic.getError(), () -> dynamic.getError().getMessage());

      for (String hash : List.of(legacy.getTransactionHash(), dynamic.getTransactionHash())) {
        TransactionReceipt r = web3.ethGetTransactionReceipt(hash).send().getTransactionReceipt()
            .orElseThrow();
        assertEquals(true, r.isStatusOK(), hash);
      }
      assertEquals(ETHER.multiply(BigInteger.TWO),
          web3.ethGetBalance(to.toHex(), DefaultBlockParameterName.LATEST).send().getBalance());
      assertEquals(BigInteger.valueOf(E2e.L2_CHAIN_ID), web3.ethChainId().send().getChainId());
    } finally {
      web3.shutdown();
    }
  }

  @Test
  void bridgedTokenTransfer_onL2_movesTheBalance() {
    L2Wallet sender = E2e.wallet(devnet, 4);
    Address token = devnet.deployment().token();
    Address to = E2e.freshAddress();
    BigInteger amount = ETHER.multiply(BigInteger.valueOf(5));
    BigInteger before = tokenBalance(l2, token, sender.address());

    String hash = sender.transferToken(token, to, amount);

    assertEquals("0x1", sender.receipt(hash).get("status").asText());
    assertEquals(50_000, E2e.quantity(sender.receipt(hash).get("gasUsed")));
    assertEquals(amount, tokenBalance(l2, token, to));
    assertEquals(before.subtract(amount), tokenBalance(l2, token, sender.address()));
    // The token's L2 address is its L1 address; balanceOf answers through eth_call.
    String balanceOf = "0x70a08231" + "0".repeat(24) + to.toHex().substring(2);
    JsonNode call = l2.call("eth_call", java.util.Map.of("to", token.toHex(), "data", balanceOf), "latest");
    assertEquals(amount, new BigInteger(call.asText().substring(2), 16));
    for (int v = 1; v <= 2; v++) {
      JsonRpcClient verifier = E2e.verifier(devnet, v);
      E2e.awaitTrue("verifier-" + v + " replays the token transfer", SETTLE,
          () -> tokenBalance(verifier, token, to).equals(amount));
    }
  }
}
