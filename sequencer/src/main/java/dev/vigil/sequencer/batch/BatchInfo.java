package dev.vigil.sequencer.batch;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/**
 * A batch as the rollup contract records it ({@code getBatch}, docs/protocol.md 5.3), with the
 * L1 transaction that appended it ({@code b32(0)} when unknown).
 */
public record BatchInfo(
    long index,
    Bytes32 l1TxHash,
    Bytes32 entriesRoot,
    Bytes32 rootsRoot,
    Bytes32 postStateRoot,
    long queueStart,
    long queueEnd,
    long firstBlock,
    long lastBlock,
    long appendedAt,
    int entryCount) {
  public BatchInfo {
    Objects.requireNonNull(l1TxHash, "l1TxHash");
    Objects.requireNonNull(entriesRoot, "entriesRoot");
    Objects.requireNonNull(rootsRoot, "rootsRoot");
    Objects.requireNonNull(postStateRoot, "postStateRoot");
    if (index < 0 || queueEnd < queueStart || lastBlock < firstBlock || entryCount < 1) {
      throw new IllegalArgumentException("inconsistent batch record " + index);
    }
  }

  /** Whether the challenge window has passed at L1 time {@code l1Timestamp} (spec 7). */
  public boolean finalizedAt(long l1Timestamp, long challengeWindow) {
    return l1Timestamp >= appendedAt + challengeWindow;
  }
}
