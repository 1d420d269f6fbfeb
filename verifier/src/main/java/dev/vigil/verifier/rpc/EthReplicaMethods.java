package dev.vigil.verifier.rpc;

import static dev.vigil.verifier.rpc.VerifierMethod.ETH_BLOCK_NUMBER;
import static dev.vigil.verifier.rpc.VerifierMethod.ETH_CHAIN_ID;
import static dev.vigil.verifier.rpc.VerifierMethod.ETH_GET_BALANCE;
import static dev.vigil.verifier.rpc.VerifierMethod.ETH_GET_TRANSACTION_COUNT;
import static dev.vigil.verifier.rpc.VerifierMethod.NET_VERSION;
import static dev.vigil.verifier.rpc.VerifierMethod.WEB3_CLIENT_VERSION;

import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.state.L2State;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The {@code eth_}, {@code net_} and {@code web3_} reads of the replica. Every answer comes from
 * one {@link ReplicaView} snapshot, in memory, so the methods run on the event loop.
 */
final class EthReplicaMethods {
  private EthReplicaMethods() {}

  static List<JsonRpcMethod> all(Supplier<ReplicaView> views, String clientVersion) {
    return List.of(
        method(views, ETH_CHAIN_ID, (v, p) -> Quantity.toHex(v.chainId())),
        method(views, NET_VERSION, (v, p) -> Long.toUnsignedString(v.chainId())),
        method(views, ETH_BLOCK_NUMBER, (v, p) -> Quantity.toHex(v.l2Block())),
        method(views, ETH_GET_BALANCE, EthReplicaMethods::balance),
        method(views, ETH_GET_TRANSACTION_COUNT, EthReplicaMethods::transactionCount),
        method(views, WEB3_CLIENT_VERSION, (v, p) -> clientVersion));
  }

  private static Object balance(ReplicaView view, Params params) {
    params.count(1, 2);
    Address owner = params.address(0, "address");
    return Quantity.toHex(new L2State(StateAt.resolve(view, params, 1)).account(owner).balance());
  }

  private static Object transactionCount(ReplicaView view, Params params) {
    params.count(1, 2);
    Address owner = params.address(0, "address");
    return Quantity.toHex(new L2State(StateAt.resolve(view, params, 1)).account(owner).nonce());
  }

  /** A method answering from the current snapshot with {@code body(view, params)}. */
  static JsonRpcMethod method(
      Supplier<ReplicaView> views, VerifierMethod name, BiFunction<ReplicaView, Params, Object> body) {
    return JsonRpcMethod.async(
        name.rpcName(),
        (JsonArray params) -> Future.succeededFuture(body.apply(views.get(), Params.of(params))));
  }
}
