package dev.vigil.verifier.fraud;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.fraud.FraudProof;
import dev.vigil.protocol.fraud.WitnessBuilder;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.verifier.replay.FraudDetected;
import dev.vigil.verifier.replay.PreparedEntry;
import java.util.List;
import java.util.Objects;

/**
 * Decides what to prove (docs/protocol.md 6.1) for a refuted entry, from the verifier's own
 * derivation only: the batch's entries and claimed roots as L1 holds them (already checked
 * against the logged {@code entriesRoot} and {@code rootsRoot}), and the verifier's own state
 * before the entry, from which the state witnesses are taken. Pure: no I/O, same answer for the
 * same input.
 */
public final class ProofSolver {
  private final ChainParams params;

  public ProofSolver(ChainParams params) {
    this.params = Objects.requireNonNull(params, "params");
  }

  /**
   * The {@code proveFraud} arguments for {@code fraud}. Throws {@link IllegalStateException} if
   * the record contradicts itself (a bug, never a property of the batch): the witnessed
   * re-execution must reach the computed root, and for {@code i > 0} the claimed
   * {@code roots[i-1]} must be the verifier's own pre-state root, since replay stops at the first
   * disagreement.
   */
  public FraudProof solve(FraudDetected fraud) {
    int i = fraud.entryIndex();
    WitnessBuilder.Witnessed witnessed = witness(fraud.entry(), fraud);
    if (!witnessed.post().root().equals(fraud.computedRoot())) {
      throw new IllegalStateException("batch " + fraud.batchIndex() + " entry " + i
          + ": witnessed execution gives " + witnessed.post().root() + ", replay gave "
          + fraud.computedRoot());
    }
    List<Bytes32> leaves = fraud.entries().stream().map(BatchEntry::leaf).toList();
    List<Bytes32> roots = fraud.claimedRoots();
    Bytes32 preRoot = fraud.preStateRoot();
    // Spec 6.1: root_0 is the previous batch's post-state root, which the rollup derives itself,
    // so entry 0 carries no path; root_i for i > 0 is roots[i-1], proven in rootsRoot.
    List<Bytes32> prePath = List.of();
    if (i > 0) {
      if (!roots.get(i - 1).equals(preRoot)) {
        throw new IllegalStateException("batch " + fraud.batchIndex() + ": claimed root " + (i - 1)
            + " is " + roots.get(i - 1) + " but replay agreed up to it at " + preRoot);
      }
      prePath = Merkle.path(roots, i - 1);
    }
    return new FraudProof(fraud.batchIndex(), i, entryBytes(fraud.entry()),
        Merkle.path(leaves, i), preRoot, prePath, roots.get(i), Merkle.path(roots, i),
        witnessed.encoded());
  }

  private WitnessBuilder.Witnessed witness(PreparedEntry entry, FraudDetected fraud) {
    if (entry instanceof PreparedEntry.Queued queued) {
      return WitnessBuilder.queueItem(fraud.preState(), queued.item(), params);
    }
    // Well-formed or not, the contract re-executes the raw bytes (6.2 step 6), a compact entry's
    // expansion (empty, hence malformed, when it has none): so does the builder.
    return WitnessBuilder.transaction(fraud.preState(), txBytes(entry), params);
  }

  /** {@code entry} of 6.1: the leaf preimage, with the queue item for a queue reference. */
  private static Bytes entryBytes(PreparedEntry entry) {
    if (entry instanceof PreparedEntry.Queued queued) {
      return FraudProof.queueEntry(queued.entry().queueIndex(), queued.item());
    }
    return txEntry(entry).leafPreimage();
  }

  private static Bytes txBytes(PreparedEntry entry) {
    return txEntry(entry).raw();
  }

  private static BatchEntry.Tx txEntry(PreparedEntry entry) {
    if (entry instanceof PreparedEntry.Tx tx) {
      return tx.entry();
    }
    return ((PreparedEntry.MalformedTx) entry).entry();
  }
}
