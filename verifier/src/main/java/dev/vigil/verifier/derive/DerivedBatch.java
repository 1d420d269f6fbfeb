package dev.vigil.verifier.derive;

import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;
import java.util.Objects;

/**
 * A batch as L1 holds it: its {@code BatchAppended} log, the decoded batch and the claimed
 * intermediate roots, already checked to give the logged commitments.
 */
public record DerivedBatch(RollupEvent.BatchAppended log, Batch batch, List<Bytes32> roots) {
  public DerivedBatch {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(batch, "batch");
    roots = List.copyOf(roots);
    if (roots.size() != batch.entries().size()) {
      throw new IllegalArgumentException(
          roots.size() + " roots for " + batch.entries().size() + " entries");
    }
  }

  public long index() {
    return log.batchIndex();
  }
}
