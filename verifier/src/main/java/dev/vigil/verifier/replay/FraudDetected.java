package dev.vigil.verifier.replay;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import java.util.List;
import java.util.Objects;

/**
 * The first entry of a batch whose claimed root differs from the verifier's own execution: all a
 * fraud proof (docs/protocol.md 6) is built from. {@code preState} is the state before the entry
 * ({@code root_i}, equal to the claimed {@code roots[i-1]} since every earlier entry agreed, or to
 * the previous batch's post-state root for entry 0): the SMT witnesses come from it. The batch's
 * entries and claimed roots give the Merkle paths in {@code entriesRoot} and {@code rootsRoot}.
 */
public record FraudDetected(
    long batchIndex,
    int entryIndex,
    PreparedEntry entry,
    StateTree preState,
    Bytes32 claimedRoot,
    Bytes32 computedRoot,
    List<BatchEntry> entries,
    List<Bytes32> claimedRoots) {

  public FraudDetected {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(preState, "preState");
    Objects.requireNonNull(claimedRoot, "claimedRoot");
    Objects.requireNonNull(computedRoot, "computedRoot");
    entries = List.copyOf(entries);
    claimedRoots = List.copyOf(claimedRoots);
    if (batchIndex < 0 || entryIndex < 0 || entryIndex >= entries.size()) {
      throw new IllegalArgumentException(
          "entry " + entryIndex + " of batch " + batchIndex + " with " + entries.size() + " entries");
    }
    if (claimedRoots.size() != entries.size()) {
      throw new IllegalArgumentException(
          claimedRoots.size() + " roots for " + entries.size() + " entries");
    }
    if (claimedRoot.equals(computedRoot)) {
      throw new IllegalArgumentException("claimed and computed roots agree: " + claimedRoot);
    }
  }

  /** The state root before the disagreeing entry ({@code root_i} of spec 6). */
  public Bytes32 preStateRoot() {
    return preState.root();
  }
}
