package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.mempool.Admission;
import io.vertx.core.json.JsonArray;
import java.util.List;

/** The chain and account methods: ids, gas prices, balances, nonces, calls and gas estimates. */
final class EthRpc {
  static final String CLIENT_VERSION = "vigil-sequencer/0.1.0";
  private static final Bytes BALANCE_OF = Bytes.fromHex("0x70a08231");

  private final ChainParams params;
  private final ChainState chain;
  private final ChainReader reader;

  EthRpc(ChainParams params, ChainState chain, ChainReader reader) {
    this.params = params;
    this.chain = chain;
    this.reader = reader;
  }

  List<JsonRpcMethod> methods() {
    return List.of(
        JsonRpcMethod.blocking(RpcMethod.WEB3_CLIENT_VERSION.id(), p -> CLIENT_VERSION),
        JsonRpcMethod.blocking(RpcMethod.NET_VERSION.id(), p -> Long.toString(params.chainId())),
        JsonRpcMethod.blocking(RpcMethod.ETH_CHAIN_ID.id(), p -> Quantity.toHex(params.chainId())),
        JsonRpcMethod.blocking(RpcMethod.ETH_BLOCK_NUMBER.id(),
            p -> Quantity.toHex(chain.head().block().number())),
        JsonRpcMethod.blocking(RpcMethod.ETH_GAS_PRICE.id(), p -> Quantity.toHex(params.baseFee())),
        JsonRpcMethod.blocking(RpcMethod.ETH_MAX_PRIORITY_FEE_PER_GAS.id(), p -> "0x0"),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_BALANCE.id(), this::balance),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_TRANSACTION_COUNT.id(), this::transactionCount),
        JsonRpcMethod.blocking(RpcMethod.ETH_CALL.id(), this::call),
        JsonRpcMethod.blocking(RpcMethod.ETH_ESTIMATE_GAS.id(), this::estimateGas));
  }

  private Object balance(JsonArray p) {
    Address owner = Params.of(p).count(1, 2).address(0, "address");
    return Quantity.toHex(account(reader.state(reader.blockParam(p, 1)), owner).balance());
  }

  private Object transactionCount(JsonArray p) {
    Address owner = Params.of(p).count(1, 2).address(0, "address");
    return Quantity.toHex(account(reader.state(reader.blockParam(p, 1)), owner).nonce());
  }

  static Account account(StateTree state, Address owner) {
    return Account.fromWord(state.get(StateKeys.account(owner)));
  }

  /**
   * The only contract code on L2 is the bridged tokens' {@code balanceOf(address)} (at a token's
   * L2 address, which is its L1 address); any other call with data reverts.
   */
  private Object call(JsonArray p) {
    CallRequest call = CallRequest.parse(Params.of(p).count(1, 2).object(0, "call"));
    StateTree state = reader.state(reader.blockParam(p, 1));
    if (call.data().isEmpty()) {
      return "0x";
    }
    if (call.to().isEmpty() || !isBalanceOf(call.data())) {
      throw new JsonRpcException(-32000, "execution reverted");
    }
    Address owner = Address.fromWord(Bytes32.of(call.data().slice(4)));
    return state.get(StateKeys.token(call.to().get(), owner)).toHex();
  }

  private static boolean isBalanceOf(Bytes data) {
    if (data.length() != 36 || !data.slice(0, 4).equals(BALANCE_OF)) {
      return false;
    }
    for (int i = 4; i < 16; i++) {
      if (data.get(i) != 0) {
        return false;
      }
    }
    return true;
  }

  /** The fixed gas of the call's kind; unsupported kinds get admission's refusal. */
  private Object estimateGas(JsonArray p) {
    CallRequest call = CallRequest.parse(Params.of(p).count(1, 2).object(0, "call"));
    TxKind kind = call.kind();
    if (kind instanceof TxKind.Unsupported u) {
      throw new JsonRpcException(-32000, Admission.UNSUPPORTED_PREFIX + u.reason());
    }
    return Quantity.toHex(kind.gas());
  }
}
