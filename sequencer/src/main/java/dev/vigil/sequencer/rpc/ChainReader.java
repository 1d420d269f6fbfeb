package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.HexData;
import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.Params;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.sequencer.batch.RollupView;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.logs.BlockLogs;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.storage.TxRecord;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;

/** Resolves block parameters and hashes to states, blocks and sealed transactions for the RPC. */
final class ChainReader {
  /** A sealed transaction with everything its JSON forms need. */
  record SealedTx(SignedTx tx, BlockEntry.Tx entry, TxRecord where, L2Block block) {}

  private final ChainState chain;
  private final ChainStore store;
  private final RollupView l1;

  ChainReader(ChainState chain, ChainStore store, RollupView l1) {
    this.chain = chain;
    this.store = store;
    this.l1 = l1;
  }

  /** Argument {@code i} as a block parameter: a tag, a number, or an EIP-1898 object; latest if absent. */
  BlockTag blockParam(JsonArray params, int i) {
    Params p = Params.of(params);
    if (!p.has(i)) {
      return new BlockTag.Latest();
    }
    if (params.getValue(i) instanceof JsonObject o) {
      return byObject(o, i);
    }
    return p.parse(i, "block", BlockTag::parse);
  }

  private BlockTag byObject(JsonObject o, int i) {
    try {
      if (o.getValue("blockHash") instanceof String h) {
        Bytes32 hash = Bytes32.of(HexData.parse(h));
        return new BlockTag.Number(store.blockNumber(hash).orElseThrow(
            () -> new JsonRpcException(-32000, "header for hash not found")));
      }
      if (o.getValue("blockNumber") instanceof String n) {
        return BlockTag.parse(n);
      }
    } catch (IllegalArgumentException e) {
      throw JsonRpcException.invalidParams("invalid argument " + i + " (block): " + e.getMessage());
    }
    throw JsonRpcException.invalidParams("invalid argument " + i + " (block): needs blockHash or blockNumber");
  }

  /** The state a block parameter names. */
  StateTree state(BlockTag tag) {
    if (tag instanceof BlockTag.Pending) {
      return chain.pending();
    }
    ChainState.Head head = chain.head();
    long n = number(tag, head);
    if (n == head.block().number()) {
      return head.tree();
    }
    if (n > head.block().number()) {
      throw new JsonRpcException(-32000, "header not found");
    }
    return chain.stateAt(n).orElseThrow(() -> new JsonRpcException(-32000,
        "historical state not available for block " + n + " (kept from block " + chain.retainedFrom() + ")"));
  }

  /** The sealed block a parameter names ({@code pending} reads as the head); empty beyond the head. */
  Optional<L2Block> block(BlockTag tag) {
    ChainState.Head head = chain.head();
    long n = number(tag, head);
    if (n == head.block().number()) {
      return Optional.of(head.block());
    }
    return n > head.block().number() ? Optional.empty() : store.block(n);
  }

  Optional<L2Block> block(Bytes32 hash) {
    return store.blockNumber(hash).flatMap(store::block);
  }

  /** The block number a tag names now ({@code pending} and {@code latest}: the head). */
  long number(BlockTag tag) {
    return number(tag, chain.head());
  }

  long headNumber() {
    return chain.head().block().number();
  }

  private long number(BlockTag tag, ChainState.Head head) {
    if (tag instanceof BlockTag.Number n) {
      return n.number();
    }
    if (tag instanceof BlockTag.Earliest) {
      return 0;
    }
    if (tag instanceof BlockTag.Safe) {
      return l1.current().safeBlock();
    }
    if (tag instanceof BlockTag.Finalized) {
      return l1.current().finalizedBlock();
    }
    return head.block().number();
  }

  /** The logs of sealed block {@code number}. */
  BlockLogs logs(long number) {
    return store.logs(number);
  }

  /** A sealed transaction by hash; empty when unknown (pending ones have no hash handed out yet). */
  Optional<SealedTx> tx(Bytes32 hash) {
    Optional<TxRecord> where = store.tx(hash);
    if (where.isEmpty()) {
      return Optional.empty();
    }
    L2Block block = store.block(where.get().blockNumber()).orElseThrow(() -> new IllegalStateException(
        "transaction " + hash + " indexed in missing block " + where.get().blockNumber()));
    BlockEntry.Tx entry = (BlockEntry.Tx) block.entries().get(where.get().entryIndex());
    return Optional.of(new SealedTx(decode(entry), entry, where.get(), block));
  }

  /** Decodes a stored transaction, which was well-formed when it was admitted. */
  static SignedTx decode(BlockEntry.Tx entry) {
    if (TxDecoder.decode(entry.raw()) instanceof TxDecoding.Ok ok) {
      return ok.tx();
    }
    throw new IllegalStateException("stored transaction " + entry.hash() + " does not decode");
  }
}
