package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.logs.BlockLogs;
import dev.vigil.sequencer.logs.LogEntry;
import dev.vigil.sequencer.storage.ChainStore;
import io.vertx.core.json.JsonArray;
import java.util.List;

/**
 * Reads stored logs over a block range: only the blocks that have logs are visited (the logs
 * column is keyed by block number), and a block whose bloom excludes the criteria is skipped.
 */
final class LogReader {
  /** The widest {@code eth_getLogs} block range. */
  static final long MAX_RANGE = 10_000;
  /** The most logs one query returns. */
  static final int MAX_RESULTS = 10_000;
  /** EIP-1474's "limit exceeded". */
  static final int LIMIT_EXCEEDED = -32005;

  private final ChainStore store;

  LogReader(ChainStore store) {
    this.store = store;
  }

  /**
   * The logs matching {@code c} in blocks {@code from..to} (both inclusive); the range asked
   * must be within the limit even where it reaches past the head.
   */
  JsonArray logs(LogCriteria c, long from, long to, long head) {
    if (from <= to && to - from + 1 > MAX_RANGE) {
      throw new JsonRpcException(LIMIT_EXCEEDED, "query exceeds max block range " + MAX_RANGE);
    }
    return logs(c, from, Math.min(to, head));
  }

  private JsonArray logs(LogCriteria c, long from, long to) {
    if (from > to) {
      return new JsonArray();
    }
    JsonArray out = new JsonArray();
    store.forEachLogs(from, to, (n, logs) -> {
      if (c.mayMatch(logs.bloom())) {
        add(out, c, store.block(n).orElseThrow(), logs);
      }
      if (out.size() > MAX_RESULTS) {
        throw new JsonRpcException(LIMIT_EXCEEDED, "query returned more than " + MAX_RESULTS + " results");
      }
      return true;
    });
    return out;
  }

  /** Adds the logs of {@code block} that match {@code c} to {@code out}, in log-index order. */
  static void add(JsonArray out, LogCriteria c, L2Block block, BlockLogs logs) {
    List<BlockEntry.Tx> txs = block.transactions();
    int logIndex = 0;
    for (int i = 0; i < logs.perTx().size(); i++) {
      for (LogEntry log : logs.perTx().get(i)) {
        if (c.matches(log)) {
          out.add(JsonFormat.log(log, block.number(), block.hash(), txs.get(i).hash(), i, logIndex));
        }
        logIndex++;
      }
    }
  }
}
