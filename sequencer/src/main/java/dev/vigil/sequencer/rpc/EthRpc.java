package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.mempool.Admission;
import dev.vigil.sequencer.storage.ChainStore;
import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.List;

/** The chain and account methods: ids, gas prices, balances, nonces, calls and gas estimates. */
final class EthRpc {
  static final String CLIENT_VERSION = "vigil-sequencer/0.1.0";
  static final String CONTRACT_MARKER = "0xfe";

  private final ChainParams params;
  private final ChainState chain;
  private final ChainReader reader;
  private final ChainStore store;
  private final Erc20Calls tokens;

  EthRpc(ChainParams params, ChainState chain, ChainReader reader, ChainStore store,
      TokenMetadata metadata) {
    this.params = params;
    this.chain = chain;
    this.reader = reader;
    this.store = store;
    this.tokens = new Erc20Calls(store, metadata);
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
        JsonRpcMethod.blocking(RpcMethod.ETH_ESTIMATE_GAS.id(), this::estimateGas),
        JsonRpcMethod.blocking(RpcMethod.ETH_SYNCING.id(), p -> Boolean.FALSE),
        JsonRpcMethod.blocking(RpcMethod.ETH_ACCOUNTS.id(), p -> new JsonArray()),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_CODE.id(), this::code),
        JsonRpcMethod.blocking(RpcMethod.ETH_FEE_HISTORY.id(), this::feeHistory));
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
   * The only contract code on L2 is the bridged tokens' ERC-20 view functions ({@link Erc20Calls});
   * a call without data returns nothing, as a call to an account without code does.
   */
  private Object call(JsonArray p) {
    CallRequest call = CallRequest.parse(Params.of(p).count(1, 3).object(0, "call"));
    StateTree state = reader.state(reader.blockParam(p, 1));
    if (call.data().isEmpty()) {
      return "0x";
    }
    if (call.to().isEmpty()) {
      throw new JsonRpcException(-32000, Admission.UNSUPPORTED_PREFIX + "contract creation");
    }
    return tokens.call(state, call.to().get(), call.data()).toHex();
  }

  /**
   * L2 accounts have no code. A bridged token and {@code L2_BRIDGE} answer with the one-byte
   * marker {@code 0xfe} (INVALID), so wallets that check for code see contracts there; the
   * token's functions are served by {@link Erc20Calls}, not by EVM code.
   */
  private Object code(JsonArray p) {
    Address a = Params.of(p).count(1, 2).address(0, "address");
    reader.state(reader.blockParam(p, 1));
    return a.equals(TxClassifier.L2_BRIDGE) || store.isBridgedToken(a) ? CONTRACT_MARKER : "0x";
  }

  private Object feeHistory(JsonArray p) {
    Params params = Params.of(p).count(2, 3);
    long count = RollupRpc.index(p, 0, "blockCount");
    if (count < 1) {
      return FeeHistory.of(List.of(), List.of(), this.params.baseFee());
    }
    List<Double> percentiles = params.has(2)
        ? FeeHistory.percentiles(p.getValue(2) instanceof JsonArray a ? a : new JsonArray().add(p.getValue(2)))
        : List.of();
    L2Block newest = reader.block(reader.blockParam(p, 1)).orElseThrow(
        () -> new JsonRpcException(-32000, "header not found"));
    long first = Math.max(0, newest.number() - Math.min(count, FeeHistory.MAX_BLOCKS) + 1);
    List<L2Block> blocks = new ArrayList<>();
    for (long n = first; n <= newest.number(); n++) {
      blocks.add(reader.block(new BlockTag.Number(n)).orElseThrow());
    }
    return FeeHistory.of(blocks, percentiles, this.params.baseFee());
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
