package dev.vigil.sequencer.block;

import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.ProtocolLimits;

/**
 * How much one L2 block may hold: a block must fit in a batch on its own (the batcher posts
 * whole blocks only), so its entries count and its encoded size as a one-block batch are capped.
 */
public record BlockLimits(int maxEntries, int maxBatchBytes) {
  public BlockLimits {
    if (maxEntries < 1 || maxEntries > ProtocolLimits.MAX_BATCH_ENTRIES) {
      throw new IllegalArgumentException(
          "max entries must be 1.." + ProtocolLimits.MAX_BATCH_ENTRIES + ": " + maxEntries);
    }
    int smallest = BatchCodec.headerSize(1) + BatchCodec.ENTRY_PREFIX_SIZE + ProtocolLimits.MAX_TX_SIZE;
    if (maxBatchBytes < smallest || maxBatchBytes > ProtocolLimits.MAX_BATCH_DATA) {
      throw new IllegalArgumentException(
          "max batch bytes must be " + smallest + ".." + ProtocolLimits.MAX_BATCH_DATA + ": " + maxBatchBytes);
    }
  }

  /** The protocol's limits with at most {@code maxEntries} entries per batch. */
  public static BlockLimits of(int maxEntries) {
    return new BlockLimits(maxEntries, ProtocolLimits.MAX_BATCH_DATA);
  }
}
