package dev.vigil.verifier.derive;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/**
 * A rollup {@code BatchAppended} log (docs/protocol.md 5.3) with where it sits on L1: the hash of
 * the {@code appendBatch} transaction that carries the batch, and its block.
 */
public record BatchLog(
    long batchIndex,
    Address poster,
    Bytes32 entriesRoot,
    Bytes32 rootsRoot,
    Bytes32 postStateRoot,
    long queueStart,
    long queueEnd,
    long firstBlock,
    long lastBlock,
    Bytes32 txHash,
    long l1Block) {

  public BatchLog {
    Objects.requireNonNull(poster, "poster");
    Objects.requireNonNull(entriesRoot, "entriesRoot");
    Objects.requireNonNull(rootsRoot, "rootsRoot");
    Objects.requireNonNull(postStateRoot, "postStateRoot");
    Objects.requireNonNull(txHash, "txHash");
    if (batchIndex < 0 || queueStart < 0 || queueEnd < queueStart || firstBlock < 1
        || lastBlock < firstBlock || l1Block < 0) {
      throw new IllegalArgumentException(
          "BatchAppended out of range: batch=" + batchIndex + " queue=" + queueStart + ".."
              + queueEnd + " blocks=" + firstBlock + ".." + lastBlock + " l1Block=" + l1Block);
    }
  }
}
