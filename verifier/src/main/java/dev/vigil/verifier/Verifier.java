package dev.vigil.verifier;

import dev.vigil.node.l1.BridgeEvent;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.derive.DerivedBatch;
import dev.vigil.verifier.derive.L1InconsistencyException;
import dev.vigil.verifier.derive.L1Source;
import dev.vigil.verifier.derive.PendingBatches;
import dev.vigil.verifier.derive.RollupParams;
import dev.vigil.verifier.fraud.Dispute;
import dev.vigil.verifier.replay.FraudDetected;
import dev.vigil.verifier.replay.PreparedEntry;
import dev.vigil.verifier.replay.ReplayResult;
import dev.vigil.verifier.replay.Replayer;
import dev.vigil.verifier.replay.SenderPool;
import dev.vigil.verifier.rpc.Disagreement;
import dev.vigil.verifier.rpc.ReplicaView;
import dev.vigil.verifier.storage.Progress;
import dev.vigil.verifier.storage.VerifiedBatch;
import dev.vigil.verifier.storage.VerifierStore;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Derivation driver: each {@link #step()} scans L1 from the last handled block to the head in
 * bounded log ranges, stores queue items, then verifies the pending batches in index order
 * (derive, replay, store), the next batches fetched and their senders recovered on the pool
 * while one is applied ({@link Lookahead}). It keeps its own state: a batch whose claimed roots
 * it refutes is not applied, it is handed to {@code onDispute} (the challenger, which must return
 * at once), and derivation waits at it until L1 reverts or replaces it. Only one thread may call
 * {@link #step()}; {@link #view()} may be read from any thread.
 */
public final class Verifier {
  private static final System.Logger LOG = System.getLogger(Verifier.class.getName());
  /** Block span of one {@code eth_getLogs} call: within what common L1 endpoints accept. */
  public static final long DEFAULT_LOG_RANGE = 2_000;
  /**
   * Batches fetched and recovered ahead of the one being replayed: one keeps the pool busy
   * during a replay, the second hides an L1 round trip behind it.
   */
  private static final int LOOKAHEAD = 2;

  private final L1Source l1;
  private final VerifierStore store;
  private final RollupParams params;
  private final Lookahead lookahead;
  private final Replayer replayer;
  private final long logRange;
  private final Consumer<Dispute> onDispute;
  private final PendingBatches pending = new PendingBatches();

  private Progress progress;
  private StateTree state;
  private long scanned;
  private FraudDetected fraud;
  private long replayed;
  private volatile ReplicaView view;

  public Verifier(L1Source l1, VerifierStore store, RollupParams params, SenderPool senders,
      long logRange, Consumer<Dispute> onDispute) {
    this.l1 = Objects.requireNonNull(l1, "l1");
    this.store = Objects.requireNonNull(store, "store");
    this.params = Objects.requireNonNull(params, "params");
    this.lookahead = new Lookahead(l1, Objects.requireNonNull(senders, "senders"), params.chain().chainId());
    this.onDispute = Objects.requireNonNull(onDispute, "onDispute");
    if (logRange < 1) {
      throw new IllegalArgumentException("log range must be >= 1, got " + logRange);
    }
    this.logRange = logRange;
    this.replayer = new Replayer(params.chain());
    this.progress = store.progress();
    this.state = store.loadState();
    this.scanned = progress.l1Cursor();
    publish();
  }

  /** One poll of L1: scan to its head, follow reverts, verify what is pending. */
  public synchronized void step() {
    long head = l1.headBlock();
    if (head < scanned) {
      LOG.log(Level.WARNING, String.format("L1 head %d is below the last scanned block %d: the L1"
          + " chain was reset; re-deriving from genesis", head, scanned));
      resetToGenesis();
    }
    // Every log up to the head is admitted before any batch is verified, so a batch that was
    // reverted and replaced within the scanned span is never verified in its old form.
    while (scanned < head) {
      scan(scanned + 1, Math.min(head, scanned + logRange));
    }
    followBatchCount(l1.batchCount());
    verifyPending();
    publish();
  }

  public ReplicaView view() {
    return view;
  }

  /** The disagreement derivation is waiting at, if any. */
  public synchronized Optional<FraudDetected> fraud() {
    return Optional.ofNullable(fraud);
  }

  /** How many batches this instance replayed (restart tests check nothing is replayed twice). */
  public synchronized long batchesReplayed() {
    return replayed;
  }

  public synchronized Progress progress() {
    return progress;
  }

  private void scan(long from, long to) {
    List<BridgeEvent.QueueItemAdded> items = l1.queueItems(from, to);
    for (RollupEvent.BatchAppended log : l1.batchesAppended(from, to)) {
      if (!admit(log)) {
        return; // reset to genesis: the caller's loop scans again from the start
      }
    }
    scanned = to;
    Map<Long, Bytes> byIndex = new LinkedHashMap<>();
    for (BridgeEvent.QueueItemAdded item : items) {
      byIndex.put(item.index(), item.item());
    }
    progress = progress.withL1Cursor(pending.safeCursor(scanned));
    store.saveQueueItems(byIndex, progress);
  }

  /** Takes a {@code BatchAppended} log; false if it proves a verified batch was replaced. */
  private boolean admit(RollupEvent.BatchAppended log) {
    long i = log.batchIndex();
    if (i < progress.batchesVerified()) {
      Optional<VerifiedBatch> known = store.verifiedBatch(i);
      if (known.isPresent() && known.get().l1TxHash().equals(log.at().txHash())) {
        return true; // scanned again after a restart
      }
      LOG.log(Level.WARNING, String.format("batch %d was replaced on L1 by tx %s after this verifier"
          + " agreed with it: L1 reverted verified batches; re-deriving from genesis", i,
          log.at().txHash()));
      resetToGenesis();
      return false;
    }
    pending.add(log);
    if (fraud != null && fraud.batchIndex() >= i) {
      LOG.log(Level.INFO, String.format("disputed batch %d was replaced on L1; resuming derivation",
          fraud.batchIndex()));
      fraud = null;
    }
    return true;
  }

  /** Follows {@code batchCount} going down, which only a fraud proof's revert does (spec 6). */
  private void followBatchCount(long count) {
    if (count < progress.batchesVerified()) {
      LOG.log(Level.WARNING, String.format("the rollup now has %d batches but this verifier agreed"
          + " with %d: L1 reverted verified batches; re-deriving from genesis", count,
          progress.batchesVerified()));
      resetToGenesis();
      return;
    }
    pending.dropFrom(count);
    lookahead.dropFrom(count);
    if (fraud != null && fraud.batchIndex() >= count) {
      LOG.log(Level.INFO, String.format("disputed batch %d was reverted on L1; resuming derivation",
          fraud.batchIndex()));
      fraud = null;
    }
  }

  private void verifyPending() {
    while (fraud == null) {
      long next = progress.batchesVerified();
      Optional<RollupEvent.BatchAppended> log = pending.get(next);
      if (log.isEmpty()) {
        // Logs come in L1 order and admit() never queues a verified index, so a pending log
        // beyond the next index means the endpoint lost a log.
        Optional<Long> lowest = pending.lowestIndex();
        if (lowest.isPresent()) {
          throw new L1InconsistencyException("L1 logged batch " + lowest.get()
              + " but no BatchAppended for batch " + next + " before it");
        }
        return;
      }
      verify(log.get());
    }
  }

  private void verify(RollupEvent.BatchAppended log) {
    Lookahead.Fetched fetched = lookahead.take(log);
    DerivedBatch batch = fetched.batch();
    requireContinuity(log);
    Map<Long, QueueItem> items = store.queueItems(log.queueStart(), log.queueEnd());
    List<PreparedEntry> entries = fetched.recovery().resolve(items);
    for (long i = log.batchIndex() + 1; i <= log.batchIndex() + LOOKAHEAD; i++) {
      pending.get(i).ifPresent(lookahead::start);
    }
    replayed++;
    ReplayResult result = replayer.replay(log.batchIndex(), state, entries, batch.roots());
    if (result instanceof ReplayResult.Agreed agreed) {
      accept(log, batch.batch().entries().size(), agreed);
    } else {
      refute(log, ((ReplayResult.Disagreed) result).fraud());
    }
  }

  private void requireContinuity(RollupEvent.BatchAppended log) {
    if (log.queueStart() != progress.queueConsumed() || log.firstBlock() != progress.l2Block() + 1) {
      throw new L1InconsistencyException("batch " + log.batchIndex() + " starts at queue "
          + log.queueStart() + ", L2 block " + log.firstBlock() + " but batch "
          + progress.lastBatchIndex() + " ended at queue " + progress.queueConsumed()
          + ", L2 block " + progress.l2Block());
    }
  }

  private void accept(RollupEvent.BatchAppended log, int entryCount, ReplayResult.Agreed agreed) {
    pending.remove(log.batchIndex());
    Progress next = new Progress(log.batchIndex() + 1, log.lastBlock(), log.queueEnd(),
        agreed.post().root(), pending.safeCursor(scanned));
    VerifiedBatch record = new VerifiedBatch(log.batchIndex(), log.at().txHash(),
        agreed.post().root(), log.firstBlock(), log.lastBlock());
    store.commitBatch(record, agreed.post(), agreed.touchedKeys(), next);
    progress = next;
    state = agreed.post();
    LOG.log(Level.INFO, String.format("batch=%d entries=%d agree=true blocks=%d..%d root=%s",
        log.batchIndex(), entryCount, log.firstBlock(), log.lastBlock(), state.root()));
    publish();
  }

  private void refute(RollupEvent.BatchAppended log, FraudDetected found) {
    fraud = found;
    LOG.log(Level.WARNING, String.format(
        "batch=%d entries=%d agree=false firstBadEntry=%d claimed=%s computed=%s",
        log.batchIndex(), found.entries().size(), found.entryIndex(), found.claimedRoot(),
        found.computedRoot()));
    publish();
    onDispute.accept(new Dispute(log, found));
  }

  private void resetToGenesis() {
    store.reset();
    progress = Progress.GENESIS;
    state = StateTree.empty();
    scanned = progress.l1Cursor();
    pending.clear();
    lookahead.clear();
    fraud = null;
    publish();
  }

  private void publish() {
    Optional<Disagreement> disagreement = Optional.ofNullable(fraud).map(f -> new Disagreement(
        f.batchIndex(), f.entryIndex(), f.claimedRoot(), f.computedRoot()));
    view = new ReplicaView(params.chain().chainId(), state, progress.batchesVerified(),
        progress.l2Block(), scanned, disagreement);
  }
}
