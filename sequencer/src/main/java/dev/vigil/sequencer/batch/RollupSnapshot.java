package dev.vigil.sequencer.batch;

import java.util.List;
import java.util.Optional;

/**
 * The rollup's state on L1 as last read: its batches (reverted ones excluded), the L1 head that
 * reading saw, and the bridge's queue length. Immutable; the mirror replaces it as a whole.
 */
public record RollupSnapshot(
    List<BatchInfo> batches, long l1Block, long l1Timestamp, long queueLength, long challengeWindow) {
  public static final RollupSnapshot EMPTY = new RollupSnapshot(List.of(), 0, 0, 0, 0);

  public RollupSnapshot {
    batches = List.copyOf(batches);
    for (int i = 0; i < batches.size(); i++) {
      if (batches.get(i).index() != i) {
        throw new IllegalArgumentException("batch " + batches.get(i).index() + " at position " + i);
      }
    }
  }

  public long batchCount() {
    return batches.size();
  }

  /** The last L2 block inside a batch on L1 (0 before any batch). */
  public long safeBlock() {
    return batches.isEmpty() ? 0 : batches.get(batches.size() - 1).lastBlock();
  }

  /** The rollup's {@code queueConsumed}: queue items consumed by the batches on L1. */
  public long queueConsumed() {
    return batches.isEmpty() ? 0 : batches.get(batches.size() - 1).queueEnd();
  }

  /** The newest batch on L1. */
  public Optional<BatchInfo> latest() {
    return batches.isEmpty() ? Optional.empty() : Optional.of(batches.get(batches.size() - 1));
  }

  public boolean isFinalized(BatchInfo b) {
    return b.finalizedAt(l1Timestamp, challengeWindow);
  }

  /** The newest batch whose challenge window has passed. */
  public Optional<BatchInfo> newestFinalized() {
    for (int i = batches.size() - 1; i >= 0; i--) {
      if (isFinalized(batches.get(i))) {
        return Optional.of(batches.get(i));
      }
    }
    return Optional.empty();
  }

  /** The last L2 block inside a finalized batch (0 before any). */
  public long finalizedBlock() {
    return newestFinalized().map(BatchInfo::lastBlock).orElse(0L);
  }

  public Optional<BatchInfo> batch(long index) {
    return index >= 0 && index < batches.size() ? Optional.of(batches.get((int) index)) : Optional.empty();
  }
}
