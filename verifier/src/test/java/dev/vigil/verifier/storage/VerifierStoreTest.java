package dev.vigil.verifier.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.node.storage.StorageException;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.FakeL1;
import dev.vigil.verifier.fraud.ProofRecord;
import dev.vigil.verifier.fraud.ProofStatus;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifierStoreTest {
  private static final Address OTHER_ROLLUP = Address.fromHex("0x00000000000000000000000000000000000000ff");
  private static final Bytes32 K1 = Bytes32.fromLong(1);
  private static final Bytes32 K2 = Bytes32.fromLong(2);
  private static final Bytes32 K3 = Bytes32.fromLong(3);
  private MemoryKvStore kv = new MemoryKvStore();

  private VerifierStore reopen() {
    kv.close();
    kv = kv.reopen();
    return VerifierStore.open(kv, FakeL1.ROLLUP);
  }

  private static VerifiedBatch record(long index, StateTree post) {
    return new VerifiedBatch(index, Bytes32.fromLong(100 + index), post.root(), index + 1, index + 1);
  }

  @Test
  void committedBatch_reloadsToTheSameTree_includingLeavesOfValueZero() {
    VerifierStore store = VerifierStore.open(kv, FakeL1.ROLLUP);
    // K2 is a present leaf of value zero; K3 was touched but never got a leaf.
    StateTree post = StateTree.empty().set(K1, Bytes32.fromLong(7)).set(K2, Bytes32.fromLong(9))
        .set(K2, Bytes32.ZERO);
    Progress progress = new Progress(1, 1, 0, post.root(), 42);

    store.commitBatch(record(0, post), post, List.of(K1, K2, K3), progress);
    VerifierStore reopened = reopen();

    StateTree loaded = reopened.loadState();
    assertEquals(post.root(), loaded.root());
    assertEquals(2, loaded.size(), "K3 has no leaf");
    assertEquals(progress, reopened.progress());
    assertEquals(record(0, post), reopened.verifiedBatch(0).get());
  }

  @Test
  void leavesThatDoNotGiveTheStoredRoot_areACorruptDirectory() {
    VerifierStore store = VerifierStore.open(kv, FakeL1.ROLLUP);
    StateTree post = StateTree.empty().set(K1, Bytes32.fromLong(7)).set(K2, Bytes32.fromLong(8));

    // A touched-key set that misses K2 would lose it: the reload check must catch that.
    store.commitBatch(record(0, post), post, List.of(K1), new Progress(1, 1, 0, post.root(), 5));

    StorageException e = assertThrows(StorageException.class, () -> reopen().loadState());
    assertTrue(e.getMessage().contains("corrupt data directory"), e.getMessage());
  }

  @Test
  void queueItems_areStoredWithTheProgressThatAccountsForThem() {
    VerifierStore store = VerifierStore.open(kv, FakeL1.ROLLUP);
    QueueItem item = new QueueItem.EthDeposit(FakeL1.BRIDGE, BigInteger.TEN);

    store.saveQueueItems(Map.of(0L, item.encode()), Progress.GENESIS.withL1Cursor(9));
    VerifierStore reopened = reopen();

    assertEquals(Map.of(0L, item), reopened.queueItems(0, 1));
    assertEquals(9, reopened.progress().l1Cursor());
    assertThrows(IllegalStateException.class, () -> reopened.queueItems(0, 2));
  }

  @Test
  void reset_forgetsStateQueueAndProgress_butKeepsTheRollupParameters() {
    VerifierStore store = VerifierStore.open(kv, FakeL1.ROLLUP);
    store.saveRollupParams(FakeL1.PARAMS);
    StateTree post = StateTree.empty().set(K1, Bytes32.fromLong(7));
    store.saveQueueItems(Map.of(0L, Bytes.fromHex("0x02c0")), Progress.GENESIS.withL1Cursor(3));
    store.commitBatch(record(0, post), post, List.of(K1), new Progress(1, 1, 0, post.root(), 4));

    store.reset();

    assertEquals(Progress.GENESIS, store.progress());
    assertEquals(StateTree.empty().root(), store.loadState().root());
    assertTrue(store.queueItem(0).isEmpty());
    assertTrue(store.verifiedBatch(0).isEmpty());
    assertEquals(FakeL1.PARAMS, store.rollupParams().get());
  }

  @Test
  void aDataDirectory_belongsToOneRollup() {
    VerifierStore.open(kv, FakeL1.ROLLUP);

    StorageException e =
        assertThrows(StorageException.class, () -> VerifierStore.open(kv, OTHER_ROLLUP));
    assertTrue(e.getMessage().contains("use another --data-dir"), e.getMessage());
  }

  @Test
  void progress_roundTrips() {
    Progress p = new Progress(12, 345, 6, Bytes32.fromLong(0xabc), 7_890);
    assertEquals(p, Progress.decode(p.encode()));
  }

  @Test
  void fraudProofRecords_surviveReopen_andReset_oneRecordPerDisputedBatch() {
    VerifierStore store = VerifierStore.open(kv, FakeL1.ROLLUP);
    ProofRecord pending = new ProofRecord(3, 1, Bytes32.fromLong(10), 40, Bytes32.fromLong(11),
        Bytes32.fromLong(12), ProofStatus.PENDING, Optional.empty(), 0, 0, "");
    ProofRecord other = new ProofRecord(5, 0, Bytes32.fromLong(20), 50, Bytes32.fromLong(21),
        Bytes32.fromLong(22), ProofStatus.PENDING, Optional.empty(), 0, 0, "");
    store.saveFraudProof(pending);
    store.saveFraudProof(other);
    ProofRecord failed = pending.failed(Optional.of(Bytes32.fromLong(13)), "the rollup refused: é");
    store.saveFraudProof(failed);

    VerifierStore reopened = reopen();
    reopened.reset();

    assertEquals(Set.of(failed, other), Set.copyOf(reopened.fraudProofs()));
  }
}
