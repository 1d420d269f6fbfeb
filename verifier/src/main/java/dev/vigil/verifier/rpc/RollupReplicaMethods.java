package dev.vigil.verifier.rpc;

import static dev.vigil.verifier.rpc.VerifierMethod.ROLLUP_GET_TOKEN_BALANCE;
import static dev.vigil.verifier.rpc.VerifierMethod.ROLLUP_STATUS;

import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.L2State;
import dev.vigil.verifier.fraud.ProofRecord;
import dev.vigil.verifier.fraud.ProofStatus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Supplier;

/** The {@code rollup_} namespace of the replica: derivation status and token balances. */
final class RollupReplicaMethods {
  private RollupReplicaMethods() {}

  static List<JsonRpcMethod> all(Supplier<ReplicaView> views, Supplier<List<ProofRecord>> proofs) {
    return List.of(
        EthReplicaMethods.method(views, ROLLUP_STATUS, (v, p) -> status(v, proofs.get(), p)),
        EthReplicaMethods.method(views, ROLLUP_GET_TOKEN_BALANCE, RollupReplicaMethods::tokenBalance));
  }

  /**
   * {@code {batchesVerified, lastBatchIndex, l2Block, stateRoot, l1Block, agree, disagreement,
   * fraudProofs}}. Counts, indices and block numbers are plain JSON numbers;
   * {@code lastBatchIndex} is null before the first verified batch; {@code disagreement} is null
   * or {@code {batchIndex, entryIndex, claimedRoot, computedRoot}}; {@code fraudProofs} lists
   * {@code {batchIndex, entryIndex, txHash, status, l1Block, gasUsed}}, {@code txHash} null until
   * the proof's transaction is mined, {@code l1Block} and {@code gasUsed} null unless included.
   */
  static JsonObject status(ReplicaView view, List<ProofRecord> proofs, Params params) {
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
    JsonArray list = new JsonArray();
    proofs.forEach(r -> list.add(proof(r)));
    return status.put("fraudProofs", list);
  }

  private static JsonObject proof(ProofRecord r) {
    boolean included = r.status() == ProofStatus.INCLUDED;
    return new JsonObject()
        .put("batchIndex", r.batchIndex())
        .put("entryIndex", r.entryIndex())
        .put("txHash", r.proofTx().map(Bytes32::toHex).orElse(null))
        .put("status", r.status().json())
        .put("l1Block", included ? r.proofL1Block() : null)
        .put("gasUsed", included ? r.gasUsed() : null);
  }

  private static Object tokenBalance(ReplicaView view, Params params) {
    params.count(2, 3);
    Address token = params.address(0, "token");
    Address owner = params.address(1, "owner");
    L2State state = new L2State(StateAt.resolve(view, params, 2));
    return Quantity.toHex(state.tokenBalance(token, owner));
  }
}
