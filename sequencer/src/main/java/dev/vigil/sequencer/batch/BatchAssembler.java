package dev.vigil.sequencer.batch;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Packs sealed blocks into the next batch: whole blocks only, in order, as many as fit under the
 * entry limit and {@code MAX_BATCH_DATA}. The block builder caps each block so that it fits a
 * batch alone; a stored block above the configured entry limit (the limit was lowered across a
 * restart) still goes out alone if the protocol allows it.
 */
public final class BatchAssembler {
  private final int maxEntries;
  private final int maxBytes;

  public BatchAssembler(int maxEntries, int maxBytes) {
    if (maxEntries < 1 || maxEntries > ProtocolLimits.MAX_BATCH_ENTRIES) {
      throw new IllegalArgumentException("max batch entries out of range: " + maxEntries);
    }
    if (maxBytes < 1 || maxBytes > ProtocolLimits.MAX_BATCH_DATA) {
      throw new IllegalArgumentException("max batch bytes out of range: " + maxBytes);
    }
    this.maxEntries = maxEntries;
    this.maxBytes = maxBytes;
  }

  /**
   * The batch of blocks {@code first..} (at most up to {@code last}); empty when those blocks
   * hold no entry at all (a batch needs one).
   */
  public Optional<BatchPlan> assemble(long first, long last, LongFunction<L2Block> blockAt) {
    List<BlockSpec> blocks = new ArrayList<>();
    List<BatchEntry> entries = new ArrayList<>();
    List<Bytes32> roots = new ArrayList<>();
    long queueStart = -1;
    int size = BatchCodec.HEADER_SIZE;
    for (long n = first; n <= last && blocks.size() < Batch.MAX_BLOCKS; n++) {
      L2Block b = blockAt.apply(n);
      int bytes = BatchCodec.BLOCK_SIZE + entryBytes(b);
      boolean fits = entries.size() + b.entries().size() <= maxEntries && size + bytes <= maxBytes;
      if (!fits && !blocks.isEmpty()) {
        break;
      }
      if (!fits && !fitsProtocol(b, bytes)) {
        throw new IllegalStateException("L2 block " + n + " (" + b.entries().size() + " entries, "
            + bytes + " bytes) cannot fit any batch");
      }
      queueStart = blocks.isEmpty() ? b.queueStart() : queueStart;
      blocks.add(new BlockSpec(b.timestamp(), b.entries().size()));
      entries.addAll(L2Block.batchEntries(b.entries()));
      roots.addAll(b.roots());
      size += bytes;
    }
    if (entries.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new BatchPlan(new Batch(blocks, entries), roots, first,
        first + blocks.size() - 1, queueStart));
  }

  private static int entryBytes(L2Block b) {
    int n = 0;
    for (BlockEntry e : b.entries()) {
      n += e.encodedSize();
    }
    return n;
  }

  private static boolean fitsProtocol(L2Block b, int bytes) {
    return b.entries().size() <= ProtocolLimits.MAX_BATCH_ENTRIES
        && BatchCodec.HEADER_SIZE + bytes <= ProtocolLimits.MAX_BATCH_DATA;
  }
}
