package dev.vigil.sequencer.batch;

import java.util.List;
import java.util.Optional;

/**
 * Batches the batcher had seen on L1 and that are gone: a proven fraud reverted batches
 * {@code fromBatch..toBatch-1} (docs/protocol.md 6.4), and the L1 safe block went back from
 * {@code safeBlockBefore} to {@code safeBlockAfter}.
 */
public record Revert(long fromBatch, long toBatch, long safeBlockBefore, long safeBlockAfter,
    List<BatchInfo> reverted) {
  public Revert {
    reverted = List.copyOf(reverted);
    if (fromBatch < 0 || toBatch <= fromBatch || reverted.size() != toBatch - fromBatch) {
      throw new IllegalArgumentException("reverted batches " + fromBatch + ".." + toBatch);
    }
  }

  /**
   * The batches of {@code before} that {@code after} no longer has: from the first index whose
   * record is gone or differs (a new batch may already have taken a reverted index).
   */
  public static Optional<Revert> between(RollupSnapshot before, RollupSnapshot after) {
    List<BatchInfo> old = before.batches();
    for (int i = 0; i < old.size(); i++) {
      Optional<BatchInfo> now = after.batch(i);
      if (now.isEmpty() || !sameBatch(old.get(i), now.get())) {
        return Optional.of(new Revert(i, old.size(), before.safeBlock(),
            i == 0 ? 0 : old.get(i - 1).lastBlock(), old.subList(i, old.size())));
      }
    }
    return Optional.empty();
  }

  /** Whether two reads of a batch index are the same appended batch. */
  static boolean sameBatch(BatchInfo a, BatchInfo b) {
    return a.index() == b.index() && a.entriesRoot().equals(b.entriesRoot())
        && a.rootsRoot().equals(b.rootsRoot()) && a.appendedAt() == b.appendedAt()
        && a.firstBlock() == b.firstBlock() && a.lastBlock() == b.lastBlock();
  }
}
