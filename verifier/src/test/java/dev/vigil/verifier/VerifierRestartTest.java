package dev.vigil.verifier;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.BOB_KEY;
import static dev.vigil.verifier.TestChain.CAROL;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.TOKEN;
import static dev.vigil.verifier.TestChain.deposit;
import static dev.vigil.verifier.TestChain.ethWithdrawalEntry;
import static dev.vigil.verifier.TestChain.honestRoots;
import static dev.vigil.verifier.TestChain.tokenTransferEntry;
import static dev.vigil.verifier.TestChain.tokenWithdrawalEntry;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.storage.LevelDbStore;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.L2State;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.replay.SenderPool;
import dev.vigil.verifier.storage.VerifierStore;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verifier restarted over its LevelDB directory resumes from its stored progress. */
class VerifierRestartTest {
  @TempDir Path dir;
  private final FakeL1 l1 = new FakeL1();
  private final SenderPool senders = new SenderPool(2);
  private final Map<Long, QueueItem> items = new HashMap<>();
  private StateTree honest = StateTree.empty();
  private LevelDbStore kv;

  @AfterEach
  void close() {
    senders.close();
    if (kv != null) {
      kv.close();
    }
  }

  /** Opens the directory (closing a previous store first) and a verifier over it. */
  private Verifier restart() {
    if (kv != null) {
      kv.close();
    }
    kv = LevelDbStore.open(dir);
    return new Verifier(l1, VerifierStore.open(kv, FakeL1.ROLLUP), FakeL1.PARAMS, senders,
        Verifier.DEFAULT_LOG_RANGE, f -> { });
  }

  private void post(List<BatchEntry> entries) {
    List<Bytes32> roots = honestRoots(honest, entries, items);
    honest = TestChain.applyAll(honest, entries, items);
    l1.append(FakeL1.batch(entries), roots);
  }

  private long queue(QueueItem item) {
    long index = l1.deposit(item);
    items.put(index, item);
    return index;
  }

  /** Three batches touching every kind of leaf: accounts, tokens, withdrawals, zero values. */
  private void postThreeBatches() {
    long q0 = queue(deposit(ALICE, ETHER.multiply(BigInteger.TEN)));
    long q1 = queue(new QueueItem.TokenDeposit(TOKEN, ALICE, BigInteger.valueOf(1_000)));
    post(List.of(new BatchEntry.QueueRef(q0), new BatchEntry.QueueRef(q1),
        transferEntry(ALICE_KEY, 0, BOB, ETHER)));
    post(List.of(tokenTransferEntry(ALICE_KEY, 1, TOKEN, BOB, BigInteger.valueOf(300)),
        tokenTransferEntry(ALICE_KEY, 2, TOKEN, CAROL, BigInteger.ZERO),
        ethWithdrawalEntry(BOB_KEY, 0, CAROL, ETHER.divide(BigInteger.TEN)),
        new BatchEntry.Tx(Bytes.fromHex("0xf8"))));
    long q2 = queue(deposit(CAROL, BigInteger.ONE));
    post(List.of(tokenWithdrawalEntry(BOB_KEY, 1, TOKEN, ALICE, BigInteger.valueOf(300)),
        new BatchEntry.QueueRef(q2), transferEntry(ALICE_KEY, 3, CAROL, BigInteger.ZERO)));
  }

  @Test
  void restart_resumesFromStoredProgress_withoutReplayingVerifiedBatches() {
    postThreeBatches();
    Verifier first = restart();
    first.step();
    assertEquals(3, first.view().batchesVerified());
    assertEquals(3, first.batchesReplayed());

    Verifier second = restart();

    assertEquals(3, second.view().batchesVerified(), "progress is loaded before any L1 call");
    assertEquals(honest.root(), second.view().state().root(), "leaves reload to the same root");
    assertEquals(honest.size(), second.view().state().size());
    second.step();
    assertEquals(0, second.batchesReplayed(), "no verified batch is replayed again");
    assertEquals(3, second.view().batchesVerified());

    post(List.of(transferEntry(ALICE_KEY, 4, BOB, BigInteger.ONE)));
    second.step();
    assertEquals(1, second.batchesReplayed());
    assertEquals(4, second.view().batchesVerified());
    assertEquals(honest.root(), second.view().state().root());
    assertEquals(BigInteger.valueOf(700), new L2State(second.view().state()).tokenBalance(TOKEN, ALICE));
  }

  @Test
  void restart_storesQueueItemsSeenBeforeTheBatchThatUsesThem() {
    postThreeBatches();
    Verifier first = restart();
    first.step();
    long q = queue(deposit(BOB, ETHER));
    first.step(); // sees the deposit; no batch uses it yet

    Verifier second = restart();
    post(List.of(new BatchEntry.QueueRef(q)));
    second.step();

    assertEquals(4, second.view().batchesVerified());
    assertEquals(honest.root(), second.view().state().root());
  }

  @Test
  void restart_whileWaitingAtADisputedBatch_findsTheSameDisagreementAgain() {
    postThreeBatches();
    List<BatchEntry> entries = List.of(transferEntry(ALICE_KEY, 4, BOB, BigInteger.ONE));
    List<Bytes32> lying = new ArrayList<>(honestRoots(honest, entries, items));
    lying.set(0, Bytes32.fromLong(0xbad));
    l1.append(FakeL1.batch(entries), lying);
    Verifier first = restart();
    first.step();
    assertFalse(first.view().agree());

    Verifier second = restart();
    second.step();

    assertFalse(second.view().agree());
    assertEquals(3, second.view().disagreement().get().batchIndex());
    assertEquals(1, second.batchesReplayed(), "only the disputed batch is replayed");
    assertEquals(3, second.view().batchesVerified());
    assertTrue(second.fraud().isPresent());
  }
}
