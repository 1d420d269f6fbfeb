package dev.vigil.verifier.rpc;

import static dev.vigil.verifier.rpc.VerifierMethod.ROLLUP_GET_TOKEN_BALANCE;
import static dev.vigil.verifier.rpc.VerifierMethod.ROLLUP_STATUS;

import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.state.L2State;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Supplier;

/** The {@code rollup_} namespace of the replica: derivation status and token balances. */
final class RollupReplicaMethods {
  private RollupReplicaMethods() {}

  static List<JsonRpcMethod> all(Supplier<ReplicaView> views) {
    return List.of(
        EthReplicaMethods.method(views, ROLLUP_STATUS, (v, p) -> status(v, p)),
        EthReplicaMethods.method(views, ROLLUP_GET_TOKEN_BALANCE, RollupReplicaMethods::tokenBalance));
  }

  /**
   * {@code {batchesVerified, lastBatchIndex, l2Block, stateRoot, l1Block, agree, disagreement}}.
   * Counts, indices and block numbers are plain JSON numbers; {@code lastBatchIndex} is null
   * before the first verified batch; {@code disagreement} is null or
   * {@code {batchIndex, entryIndex, claimedRoot, computedRoot}}.
   */
  static JsonObject status(ReplicaView view, Params params) {
    params.count(0, 0);
    JsonObject status = new JsonObject()
        .put("batchesVerified", view.batchesVerified())
        .put("lastBatchIndex", view.batchesVerified() == 0 ? null : view.batchesVerified() - 1)
        .put("l2Block", view.l2Block())
        .put("stateRoot", view.state().root().toHex())
        .put("l1Block", view.l1Block())
        .put("agree", view.agree());
    status.put("disagreement", view.disagreement().map(d -> new JsonObject()
        .put("batchIndex", d.batchIndex())
        .put("entryIndex", d.entryIndex())
        .put("claimedRoot", d.claimedRoot().toHex())
        .put("computedRoot", d.computedRoot().toHex())).orElse(null));
    return status;
  }

  private static Object tokenBalance(ReplicaView view, Params params) {
    params.count(2, 3);
    Address token = params.address(0, "token");
    Address owner = params.address(1, "owner");
    L2State state = new L2State(StateAt.resolve(view, params, 2));
    return Quantity.toHex(state.tokenBalance(token, owner));
  }
}
