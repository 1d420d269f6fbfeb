package dev.vigil.node.client;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;
import java.util.Optional;

/**
 * One batch on L1 as {@code rollup_getBatch} shows it (spec 5.3).
 *
 * @param l1TxHash the {@code appendBatch} transaction; empty when the sequencer cannot tell
 * @param appendedAt L1 timestamp of the append (seconds)
 * @param finalized whether the challenge window has passed
 */
public record BatchInfo(long index, Optional<Bytes32> l1TxHash, long firstBlock, long lastBlock,
    long entryCount, Bytes32 postStateRoot, Bytes32 entriesRoot, Bytes32 rootsRoot,
    long queueStart, long queueEnd, long appendedAt, boolean finalized) {
  public BatchInfo {
    Objects.requireNonNull(l1TxHash, "l1TxHash");
    Objects.requireNonNull(postStateRoot, "postStateRoot");
    Objects.requireNonNull(entriesRoot, "entriesRoot");
    Objects.requireNonNull(rootsRoot, "rootsRoot");
    if (index < 0 || firstBlock > lastBlock || queueStart > queueEnd) {
      throw new IllegalArgumentException("inconsistent batch " + index);
    }
  }
}
