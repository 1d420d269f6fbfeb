package dev.vigil.verifier.rpc;

import dev.vigil.node.rpc.JsonRpcMethods;
import java.util.function.Supplier;

/** The replica's method registry, over the snapshots the derivation thread publishes. */
public final class ReplicaRpc {
  private ReplicaRpc() {}

  public static JsonRpcMethods methods(Supplier<ReplicaView> views, String clientVersion) {
    return new JsonRpcMethods()
        .registerAll(EthReplicaMethods.all(views, clientVersion))
        .registerAll(RollupReplicaMethods.all(views));
  }
}
