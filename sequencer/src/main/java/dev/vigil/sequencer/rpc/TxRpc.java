package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.sequencer.block.BlockBuilder;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.logs.BlockLogs;
import dev.vigil.sequencer.mempool.Admission;
import dev.vigil.sequencer.mempool.AdmittedTx;
import dev.vigil.sequencer.mempool.Screening;
import dev.vigil.sequencer.mempool.Submission;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Transactions and blocks: submission, lookups by hash, receipts, blocks by number or hash. */
final class TxRpc {
  /** Geth's code for transaction errors. */
  static final int TX_ERROR = -32000;

  private final ChainParams params;
  private final ChainReader reader;
  private final Admission admission;
  private final BlockBuilder builder;

  TxRpc(ChainParams params, ChainReader reader, Admission admission, BlockBuilder builder) {
    this.params = params;
    this.reader = reader;
    this.admission = admission;
    this.builder = builder;
  }

  List<JsonRpcMethod> methods() {
    return List.of(
        JsonRpcMethod.async(RpcMethod.ETH_SEND_RAW_TRANSACTION.id(), this::sendRaw),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_TRANSACTION_BY_HASH.id(), this::transactionByHash),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_TRANSACTION_RECEIPT.id(), this::receipt),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_BLOCK_BY_NUMBER.id(), this::blockByNumber),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_BLOCK_BY_HASH.id(), this::blockByHash),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_BLOCK_TRANSACTION_COUNT_BY_NUMBER.id(),
            this::txCountByNumber),
        JsonRpcMethod.blocking(RpcMethod.ETH_GET_BLOCK_TRANSACTION_COUNT_BY_HASH.id(),
            p -> reader.block(Params.of(p).count(1, 1).bytes32(0, "hash"))
                .map(b -> (Object) Quantity.toHex(b.transactions().size())).orElse(null)));
  }

  /**
   * Screens the bytes on the calling thread, executes them on the sequencing thread in the order
   * they arrived, and answers with the hash only once the block holding the transaction is
   * stored durably.
   */
  private Future<Object> sendRaw(JsonArray p) {
    Bytes raw = Params.of(p).count(1, 1).data(0, "data");
    Screening s = admission.screen(raw);
    CompletableFuture<Submission> submitted = s instanceof AdmittedTx tx
        ? builder.submit(tx)
        : CompletableFuture.completedFuture((Submission.Refused) s);
    CompletableFuture<Object> answer = submitted.thenApply(TxRpc::answer);
    Context context = Vertx.currentContext();
    return context == null ? Future.fromCompletionStage(answer) : Future.fromCompletionStage(answer, context);
  }

  private static Object answer(Submission s) {
    if (s instanceof Submission.Included in) {
      return in.hash().toHex();
    }
    throw new JsonRpcException(TX_ERROR, ((Submission.Refused) s).message());
  }

  private Object transactionByHash(JsonArray p) {
    Bytes32 hash = Params.of(p).count(1, 1).bytes32(0, "hash");
    return reader.tx(hash).map(t -> JsonFormat.transaction(
        t.tx(), t.entry(), t.block(), t.where().txIndex(), params.baseFee())).orElse(null);
  }

  private Object receipt(JsonArray p) {
    Bytes32 hash = Params.of(p).count(1, 1).bytes32(0, "hash");
    return reader.tx(hash).map(t -> {
      BlockLogs logs = reader.logs(t.where().blockNumber());
      int i = t.where().txIndex();
      return JsonFormat.receipt(t.tx(), t.entry(), t.where(), params.baseFee(), logs.ofTx(i),
          logs.firstLogIndex(i));
    }).orElse(null);
  }

  private Object blockByNumber(JsonArray p) {
    Params.of(p).count(1, 2);
    BlockTag tag = reader.blockParam(p, 0);
    boolean full = Params.of(p).has(1) && Params.of(p).bool(1, "full");
    return reader.block(tag).map(b -> blockJson(b, full)).orElse(null);
  }

  private Object txCountByNumber(JsonArray p) {
    Params.of(p).count(1, 1);
    return reader.block(reader.blockParam(p, 0))
        .map(b -> (Object) Quantity.toHex(b.transactions().size())).orElse(null);
  }

  private Object blockByHash(JsonArray p) {
    Params params = Params.of(p).count(1, 2);
    Bytes32 hash = params.bytes32(0, "hash");
    boolean full = params.has(1) && params.bool(1, "full");
    return reader.block(hash).map(b -> blockJson(b, full)).orElse(null);
  }

  JsonObject blockJson(L2Block b, boolean full) {
    List<JsonObject> txs = new ArrayList<>();
    if (full) {
      List<BlockEntry.Tx> entries = b.transactions();
      for (int i = 0; i < entries.size(); i++) {
        txs.add(JsonFormat.transaction(ChainReader.decode(entries.get(i)), entries.get(i), b, i,
            params.baseFee()));
      }
    }
    return JsonFormat.block(b, txs, full, params.feeRecipient(), params.baseFee(),
        reader.logs(b.number()).bloom());
  }
}
