package dev.vigil.sequencer.batch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Batches that a proven fraud took off L1 (docs/protocol.md 6.4): {@code fromBatch..toBatch-1}
 * are gone and the L1 safe block went back from {@code safeBlockBefore} to
 * {@code safeBlockAfter}. {@code reverted} holds the ones the batcher had read; {@code event}
 * is the rollup's {@code BatchesReverted} that said so, when it was seen.
 */
public record Revert(long fromBatch, long toBatch, long safeBlockBefore, long safeBlockAfter,
    List<BatchInfo> reverted, Optional<RollupL1.Reverted> event) {
  public Revert {
    reverted = List.copyOf(reverted);
    Objects.requireNonNull(event, "event");
    if (fromBatch < 0 || toBatch <= fromBatch || reverted.size() > toBatch - fromBatch) {
      throw new IllegalArgumentException("reverted batches " + fromBatch + ".." + toBatch);
    }
  }

  /**
   * The revert between two reads of L1, from whichever shows it first: a batch of
   * {@code before} that {@code after} no longer has (or has replaced: a new batch may already
   * have taken a reverted index), or a {@code BatchesReverted} event seen in between, which
   * also covers a batch posted and reverted between the two reads.
   */
  public static Optional<Revert> between(RollupSnapshot before, RollupSnapshot after,
      List<RollupL1.Reverted> events) {
    long from = firstGone(before, after);
    Optional<RollupL1.Reverted> first = events.stream()
        .min((a, b) -> Long.compare(a.fromBatch(), b.fromBatch()));
    if (first.isPresent() && first.get().fromBatch() < from) {
      from = first.get().fromBatch();
    }
    if (from == Long.MAX_VALUE) {
      return Optional.empty();
    }
    long to = Math.max(before.batchCount(),
        events.stream().mapToLong(RollupL1.Reverted::toBatch).max().orElse(0));
    to = Math.max(to, from + 1);
    List<BatchInfo> old = before.batches();
    long f = from;
    return Optional.of(new Revert(from, to, before.safeBlock(), lastBlockOf(from - 1, before, after),
        old.subList((int) Math.min(from, old.size()), old.size()),
        events.stream().filter(e -> e.fromBatch() == f).reduce((a, b) -> b)));
  }

  /** The index of the first batch of {@code before} that {@code after} lacks or replaced; MAX_VALUE if none. */
  private static long firstGone(RollupSnapshot before, RollupSnapshot after) {
    List<BatchInfo> old = before.batches();
    for (int i = 0; i < old.size(); i++) {
      Optional<BatchInfo> now = after.batch(i);
      if (now.isEmpty() || !sameBatch(old.get(i), now.get())) {
        return i;
      }
    }
    return Long.MAX_VALUE;
  }

  private static long lastBlockOf(long index, RollupSnapshot before, RollupSnapshot after) {
    return after.batch(index).or(() -> before.batch(index)).map(BatchInfo::lastBlock).orElse(0L);
  }

  /** Whether two reads of a batch index are the same appended batch. */
  static boolean sameBatch(BatchInfo a, BatchInfo b) {
    return a.index() == b.index() && a.entriesRoot().equals(b.entriesRoot())
        && a.rootsRoot().equals(b.rootsRoot()) && a.appendedAt() == b.appendedAt()
        && a.firstBlock() == b.firstBlock() && a.lastBlock() == b.lastBlock();
  }
}
