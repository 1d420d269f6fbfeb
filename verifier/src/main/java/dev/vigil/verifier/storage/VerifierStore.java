package dev.vigil.verifier.storage;

import dev.vigil.node.storage.Codecs;
import dev.vigil.node.storage.Column;
import dev.vigil.node.storage.KvStore;
import dev.vigil.node.storage.StorageException;
import dev.vigil.node.storage.WriteBatch;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.derive.RollupParams;
import dev.vigil.verifier.fraud.ProofRecord;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The verifier's schema over a {@link KvStore}: leaves of the state tree, queue items by index
 * and the {@link Progress} record. Every write that moves progress is one atomic write batch with
 * the data it accounts for, so a crash leaves either the old or the new position, never a mix.
 */
public final class VerifierStore {
  static final Column<Bytes32, Bytes32> LEAVES =
      Column.of(1, "leaves", Codecs.BYTES32, Codecs.BYTES32);
  static final Column<Long, Bytes> QUEUE = Column.of(2, "queue", Codecs.UINT64, Codecs.BYTES);
  static final Column<String, Bytes> META = Column.of(3, "meta", Codecs.UTF8, Codecs.BYTES);
  static final Column<Long, Bytes> BATCHES = Column.of(4, "batches", Codecs.UINT64, Codecs.BYTES);
  /** Fraud proofs by the L1 transaction of the disputed batch. Kept by {@link #reset()}. */
  static final Column<Bytes32, Bytes> PROOFS =
      Column.of(5, "fraudProofs", Codecs.BYTES32, Codecs.BYTES);
  private static final String PROGRESS = "progress";
  private static final String ROLLUP = "rollup";
  private static final String PARAMS = "params";

  private final KvStore kv;

  private VerifierStore(KvStore kv) {
    this.kv = kv;
  }

  /**
   * The store of the verifier of {@code rollup}. A data directory belongs to one rollup: opening
   * it for another one is refused rather than mixing two chains' states.
   */
  public static VerifierStore open(KvStore kv, Address rollup) {
    Objects.requireNonNull(rollup, "rollup");
    Optional<Bytes> owner = kv.get(META, ROLLUP);
    if (owner.isEmpty()) {
      kv.put(META, ROLLUP, rollup.bytes());
    } else if (!owner.get().equals(rollup.bytes())) {
      throw new StorageException(
          "data directory belongs to rollup " + new Address(owner.get()).toChecksumHex()
              + ", not " + rollup.toChecksumHex() + "; use another --data-dir");
    }
    return new VerifierStore(kv);
  }

  /** The rollup's parameters as read from L1 before, so a restart can serve without L1. */
  public Optional<RollupParams> rollupParams() {
    return kv.get(META, PARAMS).map(RollupParamsCodec::decode);
  }

  public void saveRollupParams(RollupParams params) {
    kv.put(META, PARAMS, RollupParamsCodec.encode(params));
  }

  public Progress progress() {
    return kv.get(META, PROGRESS).map(Progress::decode).orElse(Progress.GENESIS);
  }

  /** The stored state, rebuilt from its leaves and checked against the stored root. */
  public StateTree loadState() {
    StateTree[] tree = {StateTree.empty()};
    kv.forEach(LEAVES, (k, v) -> {
      tree[0] = LeafPresence.withLeaf(tree[0], k, v);
      return true;
    });
    Bytes32 expected = progress().stateRoot();
    if (!tree[0].root().equals(expected)) {
      throw new StorageException(
          "stored leaves give root " + tree[0].root() + " but the progress record says " + expected
              + " (corrupt data directory)");
    }
    return tree[0];
  }

  /** Queue items {@code from} (inclusive) to {@code to} (exclusive); all must be stored. */
  public Map<Long, QueueItem> queueItems(long from, long to) {
    Map<Long, QueueItem> items = new LinkedHashMap<>();
    for (long i = from; i < to; i++) {
      long index = i;
      Bytes item = kv.get(QUEUE, index)
          .orElseThrow(() -> new IllegalStateException("queue item " + index + " is not stored"));
      items.put(index, QueueItem.decode(item));
    }
    return items;
  }

  public Optional<Bytes> queueItem(long index) {
    return kv.get(QUEUE, index);
  }

  /** Stores queue items seen on L1 together with the progress (cursor) that accounts for them. */
  public void saveQueueItems(Map<Long, Bytes> items, Progress progress) {
    try (WriteBatch batch = kv.newBatch()) {
      items.forEach((index, item) -> batch.put(QUEUE, index, item));
      batch.put(META, PROGRESS, progress.encode());
      batch.commit(true);
    }
  }

  public Optional<VerifiedBatch> verifiedBatch(long index) {
    return kv.get(BATCHES, index).map(VerifiedBatch::decode);
  }

  /**
   * Writes a verified batch: its record, the current leaf of every touched key that has one, and
   * the new progress, in one write batch. {@code progress.stateRoot()} must be {@code post}'s
   * root.
   */
  public void commitBatch(
      VerifiedBatch verified, StateTree post, Collection<Bytes32> touched, Progress progress) {
    if (!post.root().equals(progress.stateRoot())
        || !post.root().equals(verified.postStateRoot())) {
      throw new IllegalArgumentException(
          "progress root " + progress.stateRoot() + " / batch root " + verified.postStateRoot()
              + " is not the state's root " + post.root());
    }
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(BATCHES, verified.index(), verified.encode());
      for (Bytes32 key : touched) {
        if (LeafPresence.isPresent(post, key)) {
          batch.put(LEAVES, key, post.get(key));
        }
      }
      batch.put(META, PROGRESS, progress.encode());
      batch.commit(true);
    }
  }

  /** Every fraud proof this verifier recorded, in no particular order. */
  public List<ProofRecord> fraudProofs() {
    List<ProofRecord> out = new ArrayList<>();
    kv.forEach(PROOFS, (k, v) -> out.add(ProofRecordCodec.decode(v)));
    return out;
  }

  /** Writes {@code record} durably (synced), replacing the record of the same disputed batch. */
  public void saveFraudProof(ProofRecord record) {
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(PROOFS, record.batchTx(), ProofRecordCodec.encode(record));
      batch.commit(true);
    }
  }

  /**
   * Drops the state, the queue items, the batch records and the progress: derivation restarts
   * from genesis. Used when L1 reverted batches the verifier had agreed with: re-deriving from
   * genesis is the simple correct rollback, and it only happens if another verifier proved fraud
   * in a batch this one accepted, or if the L1 devnet itself was reset. The cached rollup
   * parameters stay: they are immutable in the contract. So do the fraud proof records: they say
   * what this verifier did on L1, which a re-derivation does not undo.
   */
  public void reset() {
    List<Bytes> keys = new ArrayList<>();
    kv.forEach(LEAVES, (k, v) -> keys.add(LEAVES.storedKey(k)));
    kv.forEach(QUEUE, (k, v) -> keys.add(QUEUE.storedKey(k)));
    kv.forEach(BATCHES, (k, v) -> keys.add(BATCHES.storedKey(k)));
    try (WriteBatch batch = kv.newBatch()) {
      keys.forEach(batch::delete);
      batch.delete(META, PROGRESS);
      batch.commit(true);
    }
  }
}
