package dev.vigil.verifier.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.state.StateTree;

/**
 * The state a block parameter names, among the two the replica has: the state after its last
 * verified batch ({@code latest}, {@code pending}, {@code safe} or that block's number: the
 * replica's newest block is inside a batch on L1, so it is safe by definition) and the genesis
 * state ({@code earliest} or block 0, spec 5.4). Older states are not kept.
 */
final class StateAt {
  /** Geth's code for a missing state. */
  static final int STATE_UNAVAILABLE = -32000;

  private StateAt() {}

  /** The state for the optional block argument {@code i} of {@code params}. */
  static StateTree resolve(ReplicaView view, Params params, int i) {
    if (!params.has(i)) {
      return view.state();
    }
    String tag = params.string(i, "block");
    switch (tag) {
      case "latest":
      case "pending":
      case "safe":
        return view.state();
      case "earliest":
        return StateTree.empty();
      case "finalized":
        throw new JsonRpcException(STATE_UNAVAILABLE,
            "finalized state not available: the verifier serves its latest derived state");
      default:
        return byNumber(view, params.longQuantity(i, "block"));
    }
  }

  private static StateTree byNumber(ReplicaView view, long number) {
    if (number == 0) {
      return StateTree.empty();
    }
    if (number == view.l2Block()) {
      return view.state();
    }
    if (number > view.l2Block()) {
      throw new JsonRpcException(STATE_UNAVAILABLE, "header not found");
    }
    throw new JsonRpcException(STATE_UNAVAILABLE, "historical state not available for block "
        + Quantity.toHex(number) + ": the verifier serves its latest derived block "
        + Quantity.toHex(view.l2Block()));
  }
}
