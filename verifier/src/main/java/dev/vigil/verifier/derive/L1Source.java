package dev.vigil.verifier.derive;

import dev.vigil.node.l1.AppendBatchCall;
import dev.vigil.node.l1.BridgeEvent;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;

/**
 * Everything the verifier reads from L1, for one rollup. Block ranges are inclusive; logs come
 * in L1 order. Any method may throw an unchecked exception when L1 cannot be reached; the caller
 * retries later.
 */
public interface L1Source {
  /** The rollup's immutable parameters. */
  RollupParams rollupParams();

  /** The number of the latest L1 block. */
  long headBlock();

  /** The bridge's {@code QueueItemAdded} logs in {@code [from, to]}. */
  List<BridgeEvent.QueueItemAdded> queueItems(long from, long to);

  /** The rollup's {@code BatchAppended} logs in {@code [from, to]}. */
  List<RollupEvent.BatchAppended> batchesAppended(long from, long to);

  /** The decoded input of the {@code appendBatch} transaction {@code txHash}. */
  AppendBatchCall appendBatchCall(Bytes32 txHash);

  /** The rollup's current {@code batchCount()} (reverted batches are not counted). */
  long batchCount();
}
