package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static dev.vigil.devnet.e2e.E2e.GWEI;
import static dev.vigil.devnet.e2e.E2e.SETTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.rpc.JsonRpcError;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.Erc20;
import dev.vigil.node.l1.L1Reverted;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end: withdrawals of ETH and of the token on L2 are paid on L1 after
 * the challenge window, exactly once, and not before the window ends.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(300)
class WithdrawalE2eTest {
  private static Devnet devnet;
  private static JsonRpcClient l2;
  private static BridgeContract bridge;

  @BeforeAll
  static void setUp(Devnet d) {
    devnet = d;
    l2 = E2e.l2(d);
    bridge = new BridgeContract(E2e.l1(d), d.deployment().bridge());
  }

  @Test
  void ethAndTokenWithdrawals_payExactlyTheAmounts_afterTheWindow_once() {
    Address token = devnet.deployment().token();
    Address ethRecipient = E2e.freshAddress();
    Address tokenRecipient = E2e.freshAddress();
    BigInteger eth = ETHER.multiply(BigInteger.valueOf(3));
    BigInteger tokens = ETHER.multiply(BigInteger.valueOf(11));
    L2Wallet ethUser = E2e.wallet(devnet, 6);
    L2Wallet tokenUser = E2e.wallet(devnet, 7);
    BigInteger ethBefore = ethUser.balance();
    BigInteger tokensBefore = E2e.tokenBalance(l2, token, tokenUser.address());

    String ethTx = ethUser.withdrawEth(ethRecipient, eth);
    String tokenTx = tokenUser.withdrawToken(token, tokenRecipient, tokens);

    assertEquals("0x1", ethUser.receipt(ethTx).get("status").asText());
    assertEquals("0x1", tokenUser.receipt(tokenTx).get("status").asText());
    BigInteger price = GWEI.add(BigInteger.ONE);
    assertEquals(ethBefore.subtract(eth).subtract(price.multiply(BigInteger.valueOf(60_000))),
        ethUser.balance());
    assertEquals(tokensBefore.subtract(tokens), E2e.tokenBalance(l2, token, tokenUser.address()));

    JsonNode ethProof = awaitProof(ethRecipient);
    JsonNode tokenProof = awaitProof(tokenRecipient);
    assertEquals(Address.ZERO.toHex(), ethProof.get("token").asText());
    assertEquals(token.toHex(), tokenProof.get("token").asText().toLowerCase());

    TxManager payer = E2e.l1Sender(devnet, 6);
    assertFinalizeReverts(payer, ethProof, "BatchNotFinalized");
    assertFinalizeReverts(payer, tokenProof, "BatchNotFinalized");
    assertEquals(BigInteger.ZERO, E2e.l1(devnet).balance(ethRecipient));

    devnet.l1().increaseTime(devnet.options().windowSeconds());
    JsonNode ethFinal = awaitFinalizedProof(ethProof.get("index").asLong());
    JsonNode tokenFinal = awaitFinalizedProof(tokenProof.get("index").asLong());
    bridge.finalizeWithdrawal(payer, ethFinal.get("batchIndex").asLong(), withdrawal(ethFinal), siblings(ethFinal));
    bridge.finalizeWithdrawal(payer, tokenFinal.get("batchIndex").asLong(), withdrawal(tokenFinal),
        siblings(tokenFinal));

    assertEquals(eth, E2e.l1(devnet).balance(ethRecipient), "the ETH recipient sent nothing: exact");
    assertEquals(tokens, new Erc20(E2e.l1(devnet), token).balanceOf(tokenRecipient));
    assertTrue(bridge.isWithdrawalFinalized(ethFinal.get("index").asLong()));
    assertFinalizeReverts(payer, ethFinal, "AlreadyFinalized");
    assertFinalizeReverts(payer, tokenFinal, "AlreadyFinalized");
    assertEquals(eth, E2e.l1(devnet).balance(ethRecipient));
    assertEquals(tokens, new Erc20(E2e.l1(devnet), token).balanceOf(tokenRecipient));
  }

  @Test
  void withdrawalProof_ofAnUnknownIndex_isAJsonRpcError() {
    JsonRpcError e = assertThrows(JsonRpcError.class,
        () -> l2.call("rollup_getWithdrawalProof", 1_000_000));
    assertFalse(e.rpcMessage().isBlank());
  }

  private static void assertFinalizeReverts(TxManager payer, JsonNode proof, String error) {
    L1Reverted r = assertThrows(L1Reverted.class, () -> bridge.finalizeWithdrawal(payer,
        proof.get("batchIndex").asLong(), withdrawal(proof), siblings(proof)));
    assertEquals(error, r.error(), r.getMessage());
  }

  /** Scans withdrawal indices for the one paying {@code recipient}, once it is in a posted batch. */
  private static JsonNode awaitProof(Address recipient) {
    return E2e.await("a withdrawal proof for " + recipient, SETTLE, () -> {
      for (long i = 0; ; i++) {
        JsonNode p;
        try {
          p = l2.call("rollup_getWithdrawalProof", i);
        } catch (JsonRpcError e) {
          return null; // past the last posted withdrawal: not batched yet
        }
        if (p.get("recipient").asText().equalsIgnoreCase(recipient.toHex())) {
          return p;
        }
      }
    });
  }

  private static JsonNode awaitFinalizedProof(long index) {
    return E2e.await("withdrawal " + index + " finalized", SETTLE, () -> {
      JsonNode p = l2.call("rollup_getWithdrawalProof", index);
      return p.get("finalized").asBoolean() ? p : null;
    });
  }

  private static Withdrawal withdrawal(JsonNode p) {
    return new Withdrawal(p.get("index").asLong(), Address.fromHex(p.get("token").asText()),
        Address.fromHex(p.get("recipient").asText()),
        JsonRpcClient.parseQuantity(p.get("amount").asText()));
  }

  private static List<Bytes32> siblings(JsonNode p) {
    List<Bytes32> out = new ArrayList<>();
    p.get("siblings").forEach(s -> out.add(Bytes32.fromHex(s.asText())));
    return out;
  }
}
