package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static dev.vigil.devnet.e2e.E2e.SETTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.devnet.Devnet;
import dev.vigil.node.client.BatchInfo;
import dev.vigil.node.client.RollupClient;
import dev.vigil.node.client.RollupRpcException;
import dev.vigil.node.client.RollupStatus;
import dev.vigil.node.client.WithdrawalProof;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.L1Reverted;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * node's {@link RollupClient} against the real sequencer: typed heads and batches that agree
 * with the Rollup on L1, token balances, and a withdrawal taken from L2 to L1 with the client
 * alone (proof, client-side verification, finalizeWithdrawal through the bridge).
 */
@ExtendWith(SharedDevnet.class)
@Timeout(180)
class RollupClientE2eTest {
  private static Devnet devnet;
  private static RollupClient client;

  @BeforeAll
  static void setUp(Devnet d) {
    devnet = d;
    client = new RollupClient(d.l2());
  }

  @Test
  void statusAndBatches_agreeWithTheRollupOnL1() {
    RollupStatus s = E2e.await("a posted batch", SETTLE, () -> {
      RollupStatus st = client.status();
      return st.batchCount() > 0 ? st : null;
    });
    assertTrue(s.safeBlock() <= s.l2Head() && s.finalizedBlock() <= s.safeBlock(), s.toString());
    BatchInfo first = client.batch(0).orElseThrow();
    assertEquals(1, first.firstBlock());
    assertEquals(0, first.queueStart());
    RollupContract rollup = E2e.rollup(devnet);
    assertEquals(rollup.getBatch(0).postStateRoot(), first.postStateRoot());
    assertTrue(first.l1TxHash().isPresent());
    assertEquals(Optional.empty(), client.batch(1_000_000));
  }

  @Test
  void tokenBalance_isTheBridgedBalance() {
    Address token = devnet.deployment().token();
    Address owner = E2e.wallet(devnet, 3).address();
    assertEquals(E2e.tokenBalance(E2e.l2(devnet), token, owner), client.tokenBalance(token, owner));
    assertEquals(BigInteger.ZERO, client.tokenBalance(token, owner, "earliest"));
  }

  @Test
  void withdrawal_provenVerifiedAndFinalized_withTheClient() {
    Address recipient = E2e.freshAddress();
    L2Wallet user = E2e.wallet(devnet, 6);
    user.withdrawEth(recipient, ETHER);
    WithdrawalProof proof = E2e.await("the withdrawal in a posted batch", SETTLE, () -> findProof(recipient));
    assertTrue(proof.verifies(), "the proof verifies against its state root");
    assertEquals(client.batch(proof.batchIndex()).orElseThrow().postStateRoot(), proof.stateRoot());
    assertEquals(ETHER, proof.amount());

    devnet.l1().increaseTime(devnet.options().windowSeconds());
    WithdrawalProof finalProof = E2e.await("the withdrawal's batch finalized", SETTLE, () -> {
      WithdrawalProof p = client.withdrawalProof(proof.index());
      return p.finalized() ? p : null;
    });
    BridgeContract bridge = new BridgeContract(E2e.l1(devnet), devnet.deployment().bridge());
    RollupClient.finalizeWithdrawal(bridge, E2e.l1Sender(devnet, 6), finalProof);
    assertEquals(ETHER, E2e.l1(devnet).balance(recipient));
    L1Reverted again = assertThrows(L1Reverted.class,
        () -> RollupClient.finalizeWithdrawal(bridge, E2e.l1Sender(devnet, 6), finalProof));
    assertEquals("AlreadyFinalized", again.error());
  }

  @Test
  void unknownWithdrawal_isTheNodesError() {
    RollupRpcException e = assertThrows(RollupRpcException.class, () -> client.withdrawalProof(1_000_000));
    assertEquals(-32000, e.code());
    assertEquals("unknown withdrawal 1000000", e.rpcMessage());
  }

  private static WithdrawalProof findProof(Address recipient) {
    for (long i = 0; ; i++) {
      WithdrawalProof p;
      try {
        p = client.withdrawalProof(i);
      } catch (RollupRpcException e) {
        return null;
      }
      if (p.recipient().equals(recipient)) {
        return p;
      }
    }
  }
}
