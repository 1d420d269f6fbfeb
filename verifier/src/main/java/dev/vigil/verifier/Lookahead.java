package dev.vigil.verifier;

import dev.vigil.node.l1.RollupEvent;
import dev.vigil.verifier.derive.BatchDerivation;
import dev.vigil.verifier.derive.DerivedBatch;
import dev.vigil.verifier.derive.L1Source;
import dev.vigil.verifier.replay.Recovery;
import dev.vigil.verifier.replay.SenderPool;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The batches after the one being replayed, fetched from L1, decoded and checked, and their
 * senders recovered on the pool while the apply loop runs: the apply thread then finds the next
 * batch ready instead of waiting for L1 and secp256k1. Work started for a log is only used for
 * that very log (a batch reverted and appended again is fetched again), and whatever it threw is
 * thrown when the batch's turn comes, as if it had been done then.
 */
final class Lookahead {
  /** Derived and recovering: what {@link #take} hands to the replay. */
  record Fetched(DerivedBatch batch, Recovery recovery) {}

  private record Ahead(RollupEvent.BatchAppended log, CompletableFuture<Fetched> work) {}

  private final L1Source l1;
  private final SenderPool senders;
  private final Map<Long, Ahead> ahead = new HashMap<>();

  private final long chainId;

  Lookahead(L1Source l1, SenderPool senders, long chainId) {
    this.l1 = l1;
    this.senders = senders;
    this.chainId = chainId;
  }

  /** Starts fetching {@code log}'s batch unless that is under way already. */
  void start(RollupEvent.BatchAppended log) {
    Ahead a = ahead.get(log.batchIndex());
    if (a == null || !a.log().equals(log)) {
      ahead.put(log.batchIndex(), new Ahead(log, senders.async(() -> fetch(log))));
    }
  }

  /** {@code log}'s batch, derived, its recovery started; waits for it if needed. */
  Fetched take(RollupEvent.BatchAppended log) {
    start(log);
    Ahead a = ahead.remove(log.batchIndex());
    try {
      return a.work().join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** Forgets every batch started (a reset to genesis: none of them may be used). */
  void clear() {
    ahead.clear();
  }

  /** Forgets the batches from {@code index} on: L1 reverted them. */
  void dropFrom(long index) {
    ahead.keySet().removeIf(i -> i >= index);
  }

  private Fetched fetch(RollupEvent.BatchAppended log) {
    DerivedBatch batch = BatchDerivation.derive(log, l1.appendBatchCall(log), chainId);
    return new Fetched(batch, senders.start(batch.batch().entries()));
  }
}
