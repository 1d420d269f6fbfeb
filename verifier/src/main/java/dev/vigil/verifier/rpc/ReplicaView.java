package dev.vigil.verifier.rpc;

import dev.vigil.protocol.state.StateTree;
import java.util.Objects;
import java.util.Optional;

/**
 * What the replica serves, as one immutable snapshot: the state after the last verified batch
 * and where derivation stands. The derivation thread publishes a new one after every change, so
 * a request never sees a half-applied batch.
 *
 * @param batchesVerified number of batches replayed and agreed with
 * @param l2Block last L2 block of the last verified batch (spec 5.4; 0 = genesis)
 * @param l1Block last L1 block scanned
 * @param disagreement the batch derivation stopped at, if a claimed root was refuted
 */
public record ReplicaView(
    long chainId,
    StateTree state,
    long batchesVerified,
    long l2Block,
    long l1Block,
    Optional<Disagreement> disagreement) {

  public ReplicaView {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(disagreement, "disagreement");
  }

  public boolean agree() {
    return disagreement.isEmpty();
  }
}
