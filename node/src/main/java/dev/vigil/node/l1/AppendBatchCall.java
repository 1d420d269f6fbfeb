package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;
import java.util.Objects;

/** The arguments of {@code Rollup.appendBatch(bytes batch, bytes32[] roots)} (spec 5.1). */
public record AppendBatchCall(Bytes batch, List<Bytes32> roots) {
  public AppendBatchCall {
    Objects.requireNonNull(batch, "batch");
    roots = List.copyOf(roots);
  }
}
