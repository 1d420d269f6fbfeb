package dev.vigil.node.client;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/**
 * The sequencer's {@code rollup_status}: where the L2 heads stand.
 *
 * @param l2Head newest sealed L2 block
 * @param safeBlock newest L2 block inside a batch on L1
 * @param finalizedBlock newest L2 block inside a batch past its challenge window
 * @param batchCount batches on L1 (not reverted)
 * @param queueConsumed L1 queue items executed in sealed L2 blocks
 * @param queueLength L1 queue items the sequencer has seen on L1
 */
public record RollupStatus(long l2Head, Bytes32 l2HeadHash, long safeBlock, long finalizedBlock,
    long batchCount, long queueConsumed, long queueLength) {
  public RollupStatus {
    Objects.requireNonNull(l2HeadHash, "l2HeadHash");
    if (finalizedBlock > safeBlock || safeBlock > l2Head) {
      throw new IllegalArgumentException("heads out of order: finalized " + finalizedBlock
          + ", safe " + safeBlock + ", head " + l2Head);
    }
  }
}
