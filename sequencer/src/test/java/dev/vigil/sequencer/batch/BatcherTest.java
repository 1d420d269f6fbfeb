package dev.vigil.sequencer.batch;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.transfer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.sequencer.block.L1Clock;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.fault.FaultInjection;
import dev.vigil.sequencer.fault.FaultInjector;
import dev.vigil.sequencer.fault.FaultPlan;
import dev.vigil.sequencer.storage.PostedBatch;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatcherTest {
  private static final long WINDOW = 20;
  private final TestChain t = new TestChain();
  private final FakeRollup l1 = new FakeRollup();
  private final RollupView view = new RollupView();

  @AfterEach
  void close() {
    t.close();
  }

  private Batcher batcher(int maxEntries) {
    RollupMirror mirror = new RollupMirror(l1, view, t.store, WINDOW, new L1Clock(() -> 0));
    return new Batcher(l1, mirror, t.store, t.chain,
        new BatchAssembler(maxEntries, ProtocolLimits.MAX_BATCH_DATA));
  }

  private void threeBlocks() throws Exception {
    t.deposit(ALICE, ETHER);
    t.seal();
    t.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.ONE));
    t.submit(transfer(ALICE_KEY, 1, BOB, BigInteger.ONE));
    t.seal();
    t.submit(transfer(ALICE_KEY, 2, BOB, BigInteger.ONE));
    t.seal();
  }

  @Test
  void postsSealedBlocks_withTheChainsRoots_andRecordsTheBatch() throws Exception {
    threeBlocks();
    Batcher b = batcher(512);
    assertFalse(b.round());
    assertEquals(1, l1.batches.size());
    BatchInfo posted = l1.batches.get(0);
    assertEquals(1, posted.firstBlock());
    assertEquals(3, posted.lastBlock());
    assertEquals(4, posted.entryCount());
    assertEquals(t.chain.head().block().stateRoot(), posted.postStateRoot());
    assertEquals(1, posted.queueEnd());
    PostedBatch record = t.store.batch(0).orElseThrow();
    assertEquals(3, record.lastBlock());
    assertEquals(1, l1.bondCalls, "the bond is checked before posting");

    b.round();
    assertEquals(1, l1.batches.size(), "nothing new to post");
    assertEquals(3, view.current().safeBlock());
    assertEquals(record.l1TxHash(), view.current().batches().get(0).l1TxHash());
  }

  @Test
  void batchWithoutALocalRecord_getsItsTxHashFromTheLog() throws Exception {
    threeBlocks();
    batcher(512).round();
    try (TestChain other = new TestChain()) {
      RollupMirror fresh = new RollupMirror(l1, new RollupView(), other.store, WINDOW, new L1Clock(() -> 0));
      assertEquals(t.store.batch(0).orElseThrow().l1TxHash(), fresh.refresh().batches().get(0).l1TxHash());
    }
  }

  @Test
  void backlog_isPostedInSeveralBatchesOfWholeBlocks() throws Exception {
    threeBlocks();
    Batcher b = batcher(2);
    assertTrue(b.round());
    assertTrue(b.round());
    assertFalse(b.round());
    assertEquals(3, l1.batches.size());
    assertEquals(1, l1.batches.get(0).lastBlock());
    assertEquals(2, l1.batches.get(1).lastBlock());
    assertEquals(2, l1.batches.get(1).entryCount());
  }

  @Test
  void l1IsTheTruth_aNewBatcherContinuesAtLastBlockPlusOne() throws Exception {
    threeBlocks();
    batcher(512).round();
    t.submit(transfer(ALICE_KEY, 3, BOB, BigInteger.ONE));
    t.seal();
    batcher(512).round();
    assertEquals(2, l1.batches.size());
    assertEquals(4, l1.batches.get(1).firstBlock());
    assertEquals(4, l1.batches.get(1).lastBlock());
  }

  @Test
  void revertedBatches_arePostedAgain() throws Exception {
    threeBlocks();
    Batcher b = batcher(2);
    while (b.round()) {
      // post everything
    }
    l1.revertFrom(1);
    b.round();
    b.round();
    assertEquals(3, l1.batches.size());
    assertEquals(3, l1.batches.get(2).lastBlock());
    assertFalse(b.round(), "nothing left to post");
    assertEquals(3, view.current().batchCount());
  }

  @Test
  void revert_isDetected_theLocalChainIsRecheckedFromTheNewSafeBlock_thenPostedAgain() throws Exception {
    threeBlocks();
    List<long[]> checks = new ArrayList<>();
    RollupMirror mirror = new RollupMirror(l1, view, t.store, WINDOW, new L1Clock(() -> 0));
    Batcher b = new Batcher(l1, mirror, t.store, t.chain, new BatchAssembler(2, ProtocolLimits.MAX_BATCH_DATA),
        after -> checks.add(new long[] {after, view.current().safeBlock()}), BatchTamper.NONE);
    while (b.round()) {
      // post everything
    }
    assertFalse(b.round());
    assertEquals(3, view.current().safeBlock());
    assertTrue(checks.isEmpty(), "no revert, no recheck");

    l1.revertFrom(1);
    b.round();
    assertEquals(1, checks.size());
    assertEquals(1, checks.get(0)[0], "rechecked after the last block still on L1");
    assertEquals(1, checks.get(0)[1], "the safe block went back");
    while (b.round()) {
      // post again
    }
    assertFalse(b.round());
    assertEquals(3, view.current().safeBlock(), "and forward again");
    assertEquals(t.chain.head().block().stateRoot(), l1.batches.get(2).postStateRoot());
    assertEquals(1, checks.size(), "a revert is handled once");
  }

  @Test
  void aBatchRevertedBeforeAnyReadShowedIt_isNoticedByTheEvent() throws Exception {
    threeBlocks();
    List<Long> checks = new ArrayList<>();
    RollupMirror mirror = new RollupMirror(l1, view, t.store, WINDOW, new L1Clock(() -> 0));
    Batcher b = new Batcher(l1, mirror, t.store, t.chain, new BatchAssembler(2, ProtocolLimits.MAX_BATCH_DATA),
        checks::add, BatchTamper.NONE);
    assertTrue(b.round());
    // The proof of batch 1 lands right after its receipt, before the batcher reads L1 again.
    l1.onAppend = index -> {
      if (index == 1) {
        l1.onAppend = i -> { };
        l1.revertFrom(1);
      }
    };
    b.round();
    assertEquals(1, l1.batches.size());
    assertTrue(checks.isEmpty());
    b.round();
    assertEquals(List.of(1L), checks, "seen through the BatchesReverted event alone");
    while (b.round()) {
      // post again
    }
    assertEquals(3, l1.batches.size());
    assertEquals(t.chain.head().block().stateRoot(), l1.batches.get(2).postStateRoot());
  }

  @Test
  void injectedFault_isPosted_postingWaitsForTheProof_thenTheHonestChainGoesOut() throws Exception {
    threeBlocks();
    RollupMirror mirror = new RollupMirror(l1, view, t.store, WINDOW, new L1Clock(() -> 0));
    FaultInjection faults = new FaultInjection(FaultPlan.parse("wrong-balance@1"),
        new FaultInjector(TestChain.PARAMS), t.store, t.chain);
    Batcher b = new Batcher(l1, mirror, t.store, t.chain, new BatchAssembler(2, ProtocolLimits.MAX_BATCH_DATA),
        LocalChainCheck.NONE, faults);
    Bytes32 honestRoot = t.store.block(2).orElseThrow().stateRoot();
    assertTrue(b.round());
    assertTrue(b.round());
    assertEquals(2, l1.batches.size());
    assertNotEquals(honestRoot, l1.batches.get(1).postStateRoot(), "batch 1 lies");
    assertTrue(faults.isOwnLie(l1.batches.get(1)));
    assertFalse(b.round());
    assertFalse(b.round());
    assertEquals(2, l1.batches.size(), "nothing is built on the lie");

    l1.revertFrom(1);
    while (b.round()) {
      // post the honest chain
    }
    assertEquals(3, l1.batches.size());
    assertEquals(honestRoot, l1.batches.get(1).postStateRoot(), "batch 1 again, honest this time");
    assertEquals(t.chain.head().block().stateRoot(), l1.batches.get(2).postStateRoot());
  }

  @Test
  void foreignTip_stopsPosting() throws Exception {
    threeBlocks();
    l1.batches.add(new BatchInfo(0, Bytes32.ZERO, Bytes32.ZERO, Bytes32.ZERO, Bytes32.fromLong(66),
        0, 1, 1, 1, l1.now, 1));
    assertFalse(batcher(512).round());
    assertEquals(1, l1.batches.size());
  }

  @Test
  void deadL1_failsTheRound_andTheNextRoundPosts() throws Exception {
    threeBlocks();
    Batcher b = batcher(512);
    l1.down = true;
    assertThrows(IllegalStateException.class, b::round);
    l1.down = false;
    b.round();
    assertEquals(1, l1.batches.size());
  }

  @Test
  void finalizedBatches_releaseOlderSnapshots() throws Exception {
    threeBlocks();
    Batcher b = batcher(2);
    b.round();
    b.round();
    l1.now += WINDOW;
    b.round();
    assertEquals(2, view.current().finalizedBlock());
    assertTrue(t.chain.stateAt(1).isEmpty());
    assertTrue(t.chain.stateAt(2).isPresent());
  }
}
