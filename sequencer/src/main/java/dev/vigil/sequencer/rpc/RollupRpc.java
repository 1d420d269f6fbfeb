package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.sequencer.batch.BatchInfo;
import dev.vigil.sequencer.batch.RollupSnapshot;
import dev.vigil.sequencer.batch.RollupView;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.withdrawal.WithdrawalProof;
import dev.vigil.sequencer.withdrawal.WithdrawalProver;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The {@code rollup_} namespace. As in the verifier's replica, counts, indices, block numbers and
 * timestamps are plain JSON numbers; amounts are hex quantities; hashes and roots 0x-hex.
 */
final class RollupRpc {
  private final ChainState chain;
  private final ChainReader reader;
  private final RollupView l1;
  private final WithdrawalProver prover;

  RollupRpc(ChainState chain, ChainReader reader, RollupView l1, WithdrawalProver prover) {
    this.chain = chain;
    this.reader = reader;
    this.l1 = l1;
    this.prover = prover;
  }

  List<JsonRpcMethod> methods() {
    return List.of(
        JsonRpcMethod.blocking(RpcMethod.ROLLUP_STATUS.id(), this::status),
        JsonRpcMethod.blocking(RpcMethod.ROLLUP_GET_BATCH.id(), this::batch),
        JsonRpcMethod.blocking(RpcMethod.ROLLUP_GET_WITHDRAWAL_PROOF.id(), this::withdrawalProof),
        JsonRpcMethod.blocking(RpcMethod.ROLLUP_GET_TOKEN_BALANCE.id(), this::tokenBalance));
  }

  /** {@code queueConsumed} is the L2's (items executed in sealed blocks); the rollup's lags until posted. */
  private Object status(JsonArray p) {
    Params.of(p).count(0, 0);
    ChainState.Head head = chain.head();
    RollupSnapshot s = l1.current();
    return new JsonObject()
        .put("l2Head", head.block().number())
        .put("l2HeadHash", head.block().hash().toHex())
        .put("safeBlock", s.safeBlock())
        .put("finalizedBlock", s.finalizedBlock())
        .put("batchCount", s.batchCount())
        .put("queueConsumed", head.block().queueEnd())
        .put("queueLength", s.queueLength());
  }

  private Object batch(JsonArray p) {
    Params.of(p).count(1, 1);
    RollupSnapshot s = l1.current();
    return s.batch(index(p, 0, "index")).map(b -> batchJson(b, s.isFinalized(b))).orElse(null);
  }

  private static JsonObject batchJson(BatchInfo b, boolean finalized) {
    return new JsonObject()
        .put("index", b.index())
        .put("l1TxHash", b.l1TxHash().isZero() ? null : b.l1TxHash().toHex())
        .put("firstBlock", b.firstBlock())
        .put("lastBlock", b.lastBlock())
        .put("entryCount", b.entryCount())
        .put("postStateRoot", b.postStateRoot().toHex())
        .put("entriesRoot", b.entriesRoot().toHex())
        .put("rootsRoot", b.rootsRoot().toHex())
        .put("queueStart", b.queueStart())
        .put("queueEnd", b.queueEnd())
        .put("appendedAt", b.appendedAt())
        .put("finalized", finalized);
  }

  private Object withdrawalProof(JsonArray p) {
    Params.of(p).count(1, 1);
    WithdrawalProver.Result r = prover.prove(index(p, 0, "index"), l1.current());
    if (r instanceof WithdrawalProver.Result.Unavailable u) {
      throw new JsonRpcException(-32000, u.reason());
    }
    WithdrawalProof proof = ((WithdrawalProver.Result.Proven) r).proof();
    JsonArray siblings = new JsonArray();
    proof.siblings().forEach(sib -> siblings.add(sib.toHex()));
    return new JsonObject()
        .put("index", proof.withdrawal().index())
        .put("token", proof.withdrawal().token().toHex())
        .put("recipient", proof.withdrawal().recipient().toHex())
        .put("amount", Quantity.toHex(proof.withdrawal().amount()))
        .put("l2Block", proof.l2Block())
        .put("batchIndex", proof.batchIndex())
        .put("stateRoot", proof.stateRoot().toHex())
        .put("siblings", siblings)
        .put("finalized", proof.finalized());
  }

  private Object tokenBalance(JsonArray p) {
    Params params = Params.of(p).count(2, 3);
    Address token = params.address(0, "token");
    Address owner = params.address(1, "owner");
    Bytes32 word = reader.state(reader.blockParam(p, 2)).get(StateKeys.token(token, owner));
    return Quantity.toHex(word.toBigInteger());
  }

  /** A non-negative index given as a hex quantity or a JSON number. */
  static long index(JsonArray p, int i, String name) {
    Object v = p.getValue(i);
    if (v instanceof Number n && n.longValue() >= 0 && n.doubleValue() == n.longValue()) {
      return n.longValue();
    }
    return Params.of(p).longQuantity(i, name);
  }
}
