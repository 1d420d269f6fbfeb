package dev.vigil.verifier.derive;

import dev.vigil.node.l1.AppendBatchCall;
import dev.vigil.node.l1.BridgeEvent;
import dev.vigil.node.l1.RollupEvent;
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

  /**
   * The decoded calldata of the batch {@code appended} announces: the input of its transaction,
   * a direct {@code appendBatch} call from the poster to the rollup (spec 5.1).
   */
  AppendBatchCall appendBatchCall(RollupEvent.BatchAppended appended);

  /** The rollup's current {@code batchCount()} (reverted batches are not counted). */
  long batchCount();
}
