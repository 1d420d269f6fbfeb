package dev.vigil.verifier.rpc;

import dev.vigil.node.rpc.JsonRpcMethods;
import dev.vigil.verifier.fraud.ProofRecord;
import java.util.List;
import java.util.function.Supplier;

/** The replica's method registry, over the snapshots the derivation thread publishes. */
public final class ReplicaRpc {
  private ReplicaRpc() {}

  /** A replica without a challenger: {@code rollup_status} lists no fraud proofs. */
  public static JsonRpcMethods methods(Supplier<ReplicaView> views, String clientVersion) {
    return methods(views, List::of, clientVersion);
  }

  /** {@code proofs} gives the challenger's fraud proofs for {@code rollup_status}. */
  public static JsonRpcMethods methods(Supplier<ReplicaView> views,
      Supplier<List<ProofRecord>> proofs, String clientVersion) {
    return new JsonRpcMethods()
        .registerAll(EthReplicaMethods.all(views, clientVersion))
        .registerAll(RollupReplicaMethods.all(views, proofs));
  }
}
