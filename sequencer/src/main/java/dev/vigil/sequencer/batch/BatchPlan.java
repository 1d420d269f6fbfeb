package dev.vigil.sequencer.batch;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;
import java.util.Objects;

/**
 * The next batch to post: whole L2 blocks {@code firstBlock..lastBlock}, their entries, and the
 * state root after each entry ({@code appendBatch}'s {@code roots}).
 */
public record BatchPlan(Batch batch, List<Bytes32> roots, long firstBlock, long lastBlock,
    long queueStart) {
  public BatchPlan {
    Objects.requireNonNull(batch, "batch");
    roots = List.copyOf(roots);
    if (roots.size() != batch.entries().size()) {
      throw new IllegalArgumentException(
          roots.size() + " roots for " + batch.entries().size() + " entries");
    }
    if (lastBlock - firstBlock + 1 != batch.blocks().size()) {
      throw new IllegalArgumentException("block range " + firstBlock + ".." + lastBlock
          + " for " + batch.blocks().size() + " blocks");
    }
  }

  public int entryCount() {
    return batch.entries().size();
  }

  public Bytes32 postStateRoot() {
    return roots.get(roots.size() - 1);
  }
}
