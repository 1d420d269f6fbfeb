package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Comparator;
import java.util.Objects;

/**
 * Where a log sits on L1: its block, its transaction and its index in the block.
 * Logs sort by (blockNumber, logIndex), the order in which L1 applied them.
 */
public record LogPosition(long blockNumber, Bytes32 blockHash, Bytes32 txHash, long logIndex)
    implements Comparable<LogPosition> {
  private static final Comparator<LogPosition> ORDER =
      Comparator.comparingLong(LogPosition::blockNumber).thenComparingLong(LogPosition::logIndex);

  public LogPosition {
    if (blockNumber < 0 || logIndex < 0) {
      throw new IllegalArgumentException("negative block number or log index");
    }
    Objects.requireNonNull(blockHash, "blockHash");
    Objects.requireNonNull(txHash, "txHash");
  }

  @Override
  public int compareTo(LogPosition o) {
    return ORDER.compare(this, o);
  }
}
