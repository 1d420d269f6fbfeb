package dev.vigil.verifier;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.CAROL;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.deposit;
import static dev.vigil.verifier.TestChain.honestRoots;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.l1.RollupEvent;
import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.L2State;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.derive.L1InconsistencyException;
import dev.vigil.verifier.replay.FraudDetected;
import dev.vigil.verifier.replay.SenderPool;
import dev.vigil.verifier.rpc.Disagreement;
import dev.vigil.verifier.rpc.ReplicaView;
import dev.vigil.verifier.storage.VerifierStore;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VerifierTest {
  private final FakeL1 l1 = new FakeL1();
  private final MemoryKvStore kv = new MemoryKvStore();
  private final SenderPool senders = new SenderPool(2);
  private final List<FraudDetected> frauds = new ArrayList<>();
  /** The honest chain as the test posts it: state and queue items. */
  private StateTree honest = StateTree.empty();
  private final Map<Long, QueueItem> items = new HashMap<>();

  @AfterEach
  void close() {
    senders.close();
    kv.close();
  }

  private Verifier verifier(long logRange) {
    return new Verifier(l1, VerifierStore.open(kv, FakeL1.ROLLUP), FakeL1.PARAMS, senders, logRange,
        d -> frauds.add(d.fraud()));
  }

  private long queue(QueueItem item) {
    long index = l1.deposit(item);
    items.put(index, item);
    return index;
  }

  /** Posts {@code entries} with honest roots and advances the honest state. */
  private RollupEvent.BatchAppended postHonest(List<BatchEntry> entries) {
    List<Bytes32> roots = honestRoots(honest, entries, items);
    honest = TestChain.applyAll(honest, entries, items);
    return l1.append(FakeL1.batch(entries), roots);
  }

  /** Posts {@code entries} with {@code roots[bad]} replaced; the honest state does not move. */
  private RollupEvent.BatchAppended postLying(List<BatchEntry> entries, int bad) {
    List<Bytes32> roots = new ArrayList<>(honestRoots(honest, entries, items));
    roots.set(bad, Bytes32.fromLong(0xbad));
    return l1.append(FakeL1.batch(entries), roots);
  }

  private void postTwoHonestBatches() {
    long q = queue(deposit(ALICE, ETHER.multiply(BigInteger.TEN)));
    postHonest(List.of(new BatchEntry.QueueRef(q), transferEntry(ALICE_KEY, 0, BOB, ETHER)));
    postHonest(List.of(transferEntry(ALICE_KEY, 1, CAROL, ETHER), transferEntry(ALICE_KEY, 2, CAROL, ETHER)));
  }

  @Test
  void honestBatches_agree_andTheViewServesTheStateDerivedFromL1() {
    postTwoHonestBatches();
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);

    verifier.step();

    ReplicaView view = verifier.view();
    assertTrue(view.agree());
    assertEquals(2, view.batchesVerified());
    assertEquals(2, view.l2Block());
    assertEquals(l1.headBlock(), view.l1Block());
    assertEquals(honest.root(), view.state().root());
    L2State state = new L2State(view.state());
    assertEquals(ETHER, state.account(BOB).balance());
    assertEquals(ETHER.multiply(BigInteger.TWO), state.account(CAROL).balance());
    assertEquals(3, state.account(ALICE).nonce());
    assertEquals(2, verifier.batchesReplayed());
    assertTrue(frauds.isEmpty());
  }

  @Test
  void wrongRoot_isReportedAtItsEntry_andDerivationWaitsAtThatBatch() {
    postTwoHonestBatches();
    Bytes32 before = honest.root();
    List<BatchEntry> entries = List.of(transferEntry(ALICE_KEY, 3, BOB, BigInteger.ONE),
        transferEntry(ALICE_KEY, 4, BOB, BigInteger.ONE), transferEntry(ALICE_KEY, 5, BOB, BigInteger.ONE));
    RollupEvent.BatchAppended bad = postLying(entries, 1);
    Bytes32 computed = TestChain.applyAll(honest, entries.subList(0, 2), items).root();
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);

    verifier.step();
    l1.mine(3);
    verifier.step();

    ReplicaView view = verifier.view();
    assertFalse(view.agree());
    assertEquals(new Disagreement(2, 1, Bytes32.fromLong(0xbad), computed), view.disagreement().get());
    assertEquals(2, view.batchesVerified(), "the refuted batch is not applied");
    assertEquals(before, view.state().root());
    assertEquals(1, frauds.size(), "reported once, not at every poll");
    FraudDetected fraud = frauds.get(0);
    assertEquals(bad.batchIndex(), fraud.batchIndex());
    assertEquals(TestChain.applyAll(honest, entries.subList(0, 1), items).root(), fraud.preStateRoot());
    assertEquals(entries.get(1), fraud.entry().entry());
  }

  @Test
  void refutedBatch_revertedAndReplaced_derivationResumes() {
    postTwoHonestBatches();
    List<BatchEntry> entries = List.of(transferEntry(ALICE_KEY, 3, BOB, BigInteger.ONE));
    postLying(entries, 0);
    postLying(List.of(transferEntry(ALICE_KEY, 4, BOB, BigInteger.ONE)), 0);
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);
    verifier.step();
    assertFalse(verifier.view().agree());

    l1.revertFrom(2);
    verifier.step();
    assertTrue(verifier.view().agree(), "the disputed batch no longer exists");
    assertEquals(2, verifier.view().batchesVerified());

    postHonest(entries);
    verifier.step();
    assertTrue(verifier.view().agree());
    assertEquals(3, verifier.view().batchesVerified());
    assertEquals(honest.root(), verifier.view().state().root());
  }

  @Test
  void revertOfAnAgreedBatch_reDerivesFromGenesis() {
    postTwoHonestBatches();
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);
    verifier.step();
    StateTree afterFirst = TestChain.applyAll(StateTree.empty(),
        List.of(new BatchEntry.QueueRef(0), transferEntry(ALICE_KEY, 0, BOB, ETHER)), items);

    l1.revertFrom(1);
    verifier.step(); // notices batchCount < 2, resets
    verifier.step();

    assertEquals(1, verifier.view().batchesVerified());
    assertEquals(afterFirst.root(), verifier.view().state().root());
    assertEquals(3, verifier.batchesReplayed(), "batches 0 and 1, then batch 0 again");
  }

  @Test
  void replacedAgreedBatch_seenInOneScan_reDerivesFromGenesis() {
    postTwoHonestBatches();
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);
    verifier.step();
    // Revert and re-append before the next poll: batchCount is back to 2.
    l1.revertFrom(1);
    honest = TestChain.applyAll(StateTree.empty(),
        List.of(new BatchEntry.QueueRef(0), transferEntry(ALICE_KEY, 0, BOB, ETHER)), items);
    postHonest(List.of(transferEntry(ALICE_KEY, 1, BOB, ETHER)));

    verifier.step();
    verifier.step();

    assertEquals(2, verifier.view().batchesVerified());
    assertEquals(honest.root(), verifier.view().state().root());
    assertEquals(ETHER.multiply(BigInteger.TWO), new L2State(verifier.view().state()).account(BOB).balance());
  }

  @Test
  void commitmentThatCalldataDoesNotGive_stopsDerivationLoudly() {
    long q = queue(deposit(ALICE, ETHER));
    List<BatchEntry> entries = List.of(new BatchEntry.QueueRef(q));
    Batch batch = FakeL1.batch(entries);
    l1.append(batch, honestRoots(honest, entries, items), log -> new RollupEvent.BatchAppended(
        log.batchIndex(), log.poster(), Bytes32.fromLong(1), log.rootsRoot(), log.postStateRoot(),
        log.queueStart(), log.queueEnd(), log.firstBlock(), log.lastBlock(), log.at()));
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);

    L1InconsistencyException e = assertThrows(L1InconsistencyException.class, verifier::step);

    assertTrue(e.getMessage().contains("entriesRoot"), e.getMessage());
    assertEquals(0, verifier.view().batchesVerified());
  }

  @Test
  void manyBatchesLargerThanARecoveryChunk_agree() {
    long q = queue(deposit(ALICE, ETHER.multiply(BigInteger.TEN)));
    postHonest(List.of(new BatchEntry.QueueRef(q)));
    int nonce = 0;
    for (int b = 0; b < 4; b++) {
      List<BatchEntry> entries = new ArrayList<>();
      for (int i = 0; i < 150; i++) {
        entries.add(transferEntry(ALICE_KEY, nonce++, i % 2 == 0 ? BOB : CAROL, BigInteger.ONE));
      }
      postHonest(entries);
    }
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);

    verifier.step();

    assertTrue(verifier.view().agree());
    assertEquals(5, verifier.view().batchesVerified());
    assertEquals(honest.root(), verifier.view().state().root());
    assertEquals(600, new L2State(verifier.view().state()).account(ALICE).nonce());
  }

  /** Batch 3 is fetched ahead while batch 2 replays; its fault must not stop batch 2's dispute. */
  @Test
  void faultOfABatchFetchedAhead_waitsForItsTurn_behindARefutedBatch() {
    postTwoHonestBatches();
    postLying(List.of(transferEntry(ALICE_KEY, 3, BOB, BigInteger.ONE)), 0);
    List<BatchEntry> next = List.of(transferEntry(ALICE_KEY, 4, BOB, BigInteger.ONE));
    l1.append(FakeL1.batch(next), honestRoots(honest, next, items), log -> new RollupEvent.BatchAppended(
        log.batchIndex(), log.poster(), Bytes32.fromLong(1), log.rootsRoot(), log.postStateRoot(),
        log.queueStart(), log.queueEnd(), log.firstBlock(), log.lastBlock(), log.at()));
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);

    verifier.step();
    verifier.step();

    assertFalse(verifier.view().agree());
    assertEquals(2, verifier.view().batchesVerified());
    assertEquals(1, frauds.size());
    assertEquals(2, frauds.get(0).batchIndex());
  }

  @Test
  void logs_areScannedInBoundedContiguousRanges() {
    postTwoHonestBatches();
    l1.mine(20);
    Verifier verifier = verifier(4);

    verifier.step();

    long next = 1;
    for (long[] range : l1.logRanges()) {
      assertEquals(next, range[0]);
      assertTrue(range[1] - range[0] + 1 <= 4, "at most 4 blocks per eth_getLogs");
      next = range[1] + 1;
    }
    assertEquals(l1.headBlock() + 1, next);
    assertEquals(2, verifier.view().batchesVerified());
  }

  @Test
  void deadL1_failsTheStep_keepsTheView_andIsFollowedAgainOnceBack() {
    postTwoHonestBatches();
    Verifier verifier = verifier(Verifier.DEFAULT_LOG_RANGE);
    verifier.step();
    ReplicaView before = verifier.view();
    l1.setDown(true);
    postHonest(List.of(transferEntry(ALICE_KEY, 3, BOB, ETHER)));

    assertThrows(UncheckedIOException.class, verifier::step);
    assertEquals(before, verifier.view());

    l1.setDown(false);
    verifier.step();
    assertEquals(3, verifier.view().batchesVerified());
  }
}
