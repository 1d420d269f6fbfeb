package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxType;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.logs.Bloom;
import dev.vigil.sequencer.logs.LogEntry;
import dev.vigil.sequencer.storage.TxRecord;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.List;

/**
 * Ethereum's JSON encodings of L2 blocks, transactions and receipts: quantities as hex without
 * leading zeros, data as 0x-prefixed hex, lowercase addresses. Fields with no L2 meaning get
 * the values an Ethereum client shows for them (no uncles, zero difficulty, no receipts trie).
 */
final class JsonFormat {
  /** keccak256(rlp([])): the uncles hash of a block without uncles. */
  static final String EMPTY_UNCLES_HASH =
      "0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347";
  /** keccak256(rlp("")): the root of an empty trie (no receipts trie is kept). */
  static final String EMPTY_TRIE_ROOT =
      "0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421";
  /** The gas limit blocks report: enough for a full block of the costliest kind. */
  static final long BLOCK_GAS_LIMIT = 1024L * 80_000L;

  private JsonFormat() {}

  static JsonObject block(L2Block b, List<JsonObject> fullTxs, boolean full, Address miner,
      BigInteger baseFee, Bytes logsBloom) {
    JsonArray txs = new JsonArray();
    if (full) {
      fullTxs.forEach(txs::add);
    } else {
      b.transactions().forEach(t -> txs.add(t.hash().toHex()));
    }
    long gasUsed = 0;
    int size = 540;
    for (BlockEntry.Tx t : b.transactions()) {
      gasUsed += t.gasUsed();
      size += t.raw().length();
    }
    return new JsonObject()
        .put("number", Quantity.toHex(b.number()))
        .put("hash", b.hash().toHex())
        .put("parentHash", b.parentHash().toHex())
        .put("nonce", "0x0000000000000000")
        .put("sha3Uncles", EMPTY_UNCLES_HASH)
        .put("logsBloom", logsBloom.toHex())
        .put("transactionsRoot", b.entriesRoot().toHex())
        .put("stateRoot", b.stateRoot().toHex())
        .put("receiptsRoot", EMPTY_TRIE_ROOT)
        .put("miner", miner.toHex())
        .put("difficulty", "0x0")
        .put("totalDifficulty", "0x0")
        .put("extraData", "0x")
        .put("size", Quantity.toHex(size))
        .put("gasLimit", Quantity.toHex(BLOCK_GAS_LIMIT))
        .put("gasUsed", Quantity.toHex(gasUsed))
        .put("timestamp", Quantity.toHex(b.timestamp()))
        .put("baseFeePerGas", Quantity.toHex(baseFee))
        .put("mixHash", Bytes32.ZERO.toHex())
        .put("transactions", txs)
        .put("uncles", new JsonArray());
  }

  /** A sealed transaction as {@code eth_getTransactionByHash} shows it. */
  static JsonObject transaction(SignedTx tx, BlockEntry.Tx entry, L2Block block, int txIndex,
      BigInteger baseFee) {
    JsonObject json = new JsonObject()
        .put("hash", tx.hash().toHex())
        .put("type", tx.type() == TxType.LEGACY ? "0x0" : "0x2")
        .put("nonce", Quantity.toHex(tx.nonce()))
        .put("blockHash", block.hash().toHex())
        .put("blockNumber", Quantity.toHex(block.number()))
        .put("transactionIndex", Quantity.toHex(txIndex))
        .put("from", entry.sender().toHex())
        .put("to", tx.to().map(Address::toHex).orElse(null))
        .put("value", Quantity.toHex(tx.value()))
        .put("gas", Quantity.toHex(tx.gasLimit()))
        .put("gasPrice", Quantity.toHex(tx.effectivePrice(baseFee)))
        .put("input", tx.data().toHex())
        .put("r", Quantity.toHex(tx.r()))
        .put("s", Quantity.toHex(tx.s()));
    if (tx.chainId() != SignedTx.UNREPRESENTABLE_CHAIN_ID) {
      json.put("chainId", Quantity.toHex(tx.chainId()));
    }
    if (tx.type() == TxType.LEGACY) {
      BigInteger v = BigInteger.valueOf(tx.chainId()).shiftLeft(1).add(BigInteger.valueOf(35 + tx.yParity()));
      json.put("v", Quantity.toHex(v));
    } else {
      json.put("maxFeePerGas", Quantity.toHex(tx.maxFeePerGas()))
          .put("maxPriorityFeePerGas", Quantity.toHex(tx.maxPriorityFeePerGas()))
          .put("accessList", new JsonArray())
          .put("v", Quantity.toHex(tx.yParity()))
          .put("yParity", Quantity.toHex(tx.yParity()));
    }
    return json;
  }

  /** The receipt of a sealed transaction. */
  static JsonObject receipt(SignedTx tx, BlockEntry.Tx entry, TxRecord where, BigInteger baseFee,
      List<LogEntry> logs, int firstLogIndex) {
    JsonArray logsJson = new JsonArray();
    for (int i = 0; i < logs.size(); i++) {
      logsJson.add(log(logs.get(i), where.blockNumber(), where.blockHash(), tx.hash(), where.txIndex(),
          firstLogIndex + i));
    }
    return new JsonObject()
        .put("transactionHash", tx.hash().toHex())
        .put("transactionIndex", Quantity.toHex(where.txIndex()))
        .put("blockHash", where.blockHash().toHex())
        .put("blockNumber", Quantity.toHex(where.blockNumber()))
        .put("from", entry.sender().toHex())
        .put("to", tx.to().map(Address::toHex).orElse(null))
        .put("cumulativeGasUsed", Quantity.toHex(where.cumulativeGasUsed()))
        .put("gasUsed", Quantity.toHex(entry.gasUsed()))
        .put("effectiveGasPrice", Quantity.toHex(tx.effectivePrice(baseFee)))
        .put("contractAddress", null)
        .put("logs", logsJson)
        .put("logsBloom", Bloom.of(logs).toHex())
        .put("status", Quantity.toHex(entry.status()))
        .put("type", tx.type() == TxType.LEGACY ? "0x0" : "0x2");
  }

  /** A log as receipts, {@code eth_getLogs} and subscriptions show it. */
  static JsonObject log(LogEntry log, long blockNumber, Bytes32 blockHash, Bytes32 txHash,
      int txIndex, int logIndex) {
    JsonArray topics = new JsonArray();
    log.topics().forEach(t -> topics.add(t.toHex()));
    return new JsonObject()
        .put("address", log.address().toHex())
        .put("topics", topics)
        .put("data", log.data().toHex())
        .put("blockNumber", Quantity.toHex(blockNumber))
        .put("transactionHash", txHash.toHex())
        .put("transactionIndex", Quantity.toHex(txIndex))
        .put("blockHash", blockHash.toHex())
        .put("logIndex", Quantity.toHex(logIndex))
        .put("removed", false);
  }

  /** A block's header as {@code newHeads} notifications carry it: the block without its bodies. */
  static JsonObject header(JsonObject block) {
    JsonObject h = block.copy();
    h.remove("transactions");
    h.remove("uncles");
    h.remove("size");
    h.remove("totalDifficulty");
    return h;
  }
}
