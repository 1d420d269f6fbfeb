package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static dev.vigil.devnet.e2e.E2e.SETTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.node.l1.BatchRecord;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.L1Reverted;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * End to end: a deposit left in the L1 queue past the forced-inclusion delay
 * makes the rollup refuse a batch that skips it (ForcedInclusionRequired), and the honest
 * sequencer, restarted, includes it and posts again.
 */
@Order(2)
@Timeout(300)
class ForcedInclusionE2eTest {
  private static Devnet devnet;
  private static RollupContract rollup;
  private static BridgeContract bridge;

  @BeforeAll
  static void up() {
    devnet = new Devnet(E2e.options("forced"));
    devnet.start();
    rollup = E2e.rollup(devnet);
    bridge = new BridgeContract(E2e.l1(devnet), devnet.deployment().bridge());
  }

  @AfterAll
  static void down() {
    if (devnet != null) {
      devnet.close();
    }
  }

  @Test
  void depositOlderThanTheDelay_makesTheRollupRefuseABatchSkippingIt() {
    E2e.awaitTrue("the funding deposits are consumed on L1", SETTLE,
        () -> rollup.queueConsumed() == bridge.queueLength());
    devnet.stopSequencer();
    long q = bridge.queueLength();
    Address recipient = E2e.freshAddress();
    bridge.depositEth(E2e.l1Sender(devnet, 3), recipient, ETHER);
    assertEquals(q + 1, bridge.queueLength());

    devnet.l1().increaseTime(devnet.options().forceDelaySeconds() + 1);
    TxManager poster = E2e.l1Sender(devnet, DevAccount.SEQUENCER);
    L1Reverted refused = assertThrows(L1Reverted.class,
        () -> rollup.appendBatch(poster, skippingBatch(), List.of(rollup.lastPostStateRoot())));
    assertEquals("ForcedInclusionRequired", refused.error(), refused.getMessage());
    assertEquals(List.of(Long.toString(q)), refused.args());

    long batches = rollup.batchCount();
    devnet.restartSequencer();
    E2e.awaitTrue("the restarted sequencer includes queue item " + q, SETTLE,
        () -> rollup.queueConsumed() > q);
    assertTrue(rollup.batchCount() > batches);
    JsonRpcClient l2 = E2e.l2(devnet);
    assertEquals(ETHER, E2e.balance(l2, recipient));
    for (int v = 1; v <= 2; v++) {
      JsonRpcClient verifier = E2e.verifier(devnet, v);
      long count = rollup.batchCount();
      JsonNode s = E2e.await("verifier-" + v + " replays the batch with the deposit", SETTLE, () -> {
        JsonNode st = verifier.call("rollup_status");
        return st.get("batchesVerified").asLong() >= count ? st : null;
      });
      assertTrue(s.get("agree").asBoolean(), s.toString());
      assertEquals(ETHER, E2e.balance(verifier, recipient));
    }
  }

  /** One block with one transaction entry and no queue reference: it leaves item q behind. */
  private static Bytes skippingBatch() {
    BatchRecord last = rollup.getBatch(rollup.batchCount() - 1);
    long timestamp = Math.max(last.lastTimestamp(), E2e.l1(devnet).latestTimestamp());
    Batch batch = new Batch(List.of(new BlockSpec(timestamp, 1)),
        List.of(new BatchEntry.Tx(Bytes.fromHex("0x01"))));
    return BatchCodec.encode(batch);
  }
}
