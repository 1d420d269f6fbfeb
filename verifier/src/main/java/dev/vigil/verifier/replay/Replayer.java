package dev.vigil.verifier.replay;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Re-executes a batch's entries in order from the previous batch's post-state and checks each
 * claimed intermediate root (docs/protocol.md 5.3): {@code roots[i]} must equal the root after
 * entry {@code i}. Stops at the first disagreement, since every later root of that batch is built
 * on a state the verifier does not accept.
 */
public final class Replayer {
  private final ChainParams params;

  public Replayer(ChainParams params) {
    this.params = Objects.requireNonNull(params, "params");
  }

  public ChainParams params() {
    return params;
  }

  public ReplayResult replay(
      long batchIndex, StateTree pre, List<PreparedEntry> entries, List<Bytes32> claimedRoots) {
    if (entries.size() != claimedRoots.size()) {
      throw new IllegalArgumentException(
          "batch " + batchIndex + ": " + claimedRoots.size() + " roots for " + entries.size()
              + " entries");
    }
    Set<Bytes32> touched = new HashSet<>();
    StateTree tree = pre;
    for (int i = 0; i < entries.size(); i++) {
      PreparedEntry entry = entries.get(i);
      EntryResult result = apply(tree, entry);
      Bytes32 computed = result.post().root();
      if (!computed.equals(claimedRoots.get(i))) {
        List<BatchEntry> batchEntries = entries.stream().map(PreparedEntry::entry).toList();
        return new ReplayResult.Disagreed(
            new FraudDetected(
                batchIndex, i, entry, tree, claimedRoots.get(i), computed, batchEntries,
                claimedRoots));
      }
      TouchedKeys.addTo(touched, result.outcome(), params);
      tree = result.post();
    }
    return new ReplayResult.Agreed(tree, touched);
  }

  private EntryResult apply(StateTree tree, PreparedEntry entry) {
    if (entry instanceof PreparedEntry.Tx tx) {
      return Stf.applyTx(tree, tx.tx(), tx.sender(), params);
    }
    if (entry instanceof PreparedEntry.MalformedTx malformed) {
      // Stf decodes again and answers MALFORMED: a no-op with the same root (spec 3.3).
      return Stf.applyTx(tree, malformed.entry().raw(), params);
    }
    return Stf.applyQueueItem(tree, ((PreparedEntry.Queued) entry).item(), params);
  }
}
