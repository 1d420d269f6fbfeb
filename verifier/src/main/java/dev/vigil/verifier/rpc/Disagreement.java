package dev.vigil.verifier.rpc;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/** The first entry whose claimed root the verifier refutes, as {@code rollup_status} shows it. */
public record Disagreement(long batchIndex, int entryIndex, Bytes32 claimedRoot, Bytes32 computedRoot) {
  public Disagreement {
    Objects.requireNonNull(claimedRoot, "claimedRoot");
    Objects.requireNonNull(computedRoot, "computedRoot");
  }
}
