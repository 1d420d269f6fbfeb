package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/**
 * What the Rollup records per batch (docs/protocol.md 5.3), as {@code getBatch}
 * returns it; fields in the order of the Solidity struct {@code Rollup.Batch}.
 */
public record BatchRecord(
    Bytes32 entriesRoot,
    Bytes32 rootsRoot,
    Bytes32 postStateRoot,
    long queueStart,
    long queueEnd,
    long firstBlock,
    long lastBlock,
    Address poster,
    long appendedAt,
    long lastTimestamp,
    int entryCount) {
  public BatchRecord {
    Objects.requireNonNull(entriesRoot, "entriesRoot");
    Objects.requireNonNull(rootsRoot, "rootsRoot");
    Objects.requireNonNull(postStateRoot, "postStateRoot");
    Objects.requireNonNull(poster, "poster");
    if (queueEnd < queueStart || lastBlock < firstBlock || entryCount < 1) {
      throw new IllegalArgumentException("inconsistent batch record");
    }
  }
}
