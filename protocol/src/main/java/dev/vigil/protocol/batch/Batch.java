package dev.vigil.protocol.batch;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of L2 blocks (docs/protocol.md 5.1) that satisfies every rule the rollup contract
 * checks without L1 state, so the batcher cannot build one that L1 would refuse for its shape.
 * Queue references carry their absolute queue indices, which must be consecutive.
 */
public record Batch(List<BlockSpec> blocks, List<BatchEntry> entries) {
  public static final int MAX_BLOCKS = 0xffff;

  public Batch {
    blocks = List.copyOf(blocks);
    entries = List.copyOf(entries);
    if (blocks.isEmpty() || blocks.size() > MAX_BLOCKS) {
      throw new IllegalArgumentException("a batch has 1.." + MAX_BLOCKS + " blocks, got " + blocks.size());
    }
    if (entries.isEmpty() || entries.size() > ProtocolLimits.MAX_BATCH_ENTRIES) {
      throw new IllegalArgumentException(
          "a batch has 1.." + ProtocolLimits.MAX_BATCH_ENTRIES + " entries, got " + entries.size());
    }
    checkBlocks(blocks, entries.size());
    checkQueueRefs(entries);
    long size = BatchCodec.encodedSize(blocks, entries);
    if (size > ProtocolLimits.MAX_BATCH_DATA) {
      throw new IllegalArgumentException("batch of " + size + " bytes exceeds MAX_BATCH_DATA");
    }
  }

  private static void checkBlocks(List<BlockSpec> blocks, int entryCount) {
    long sum = 0;
    for (int i = 0; i < blocks.size(); i++) {
      sum += blocks.get(i).entryCount();
      if (i > 0 && Long.compareUnsigned(blocks.get(i).timestamp(), blocks.get(i - 1).timestamp()) < 0) {
        throw new IllegalArgumentException("timestamp of block " + i + " decreases");
      }
    }
    if (sum != entryCount) {
      throw new IllegalArgumentException("blocks announce " + sum + " entries, batch has " + entryCount);
    }
  }

  private static void checkQueueRefs(List<BatchEntry> entries) {
    long next = -1;
    for (BatchEntry e : entries) {
      if (e instanceof BatchEntry.QueueRef q) {
        if (next >= 0 && q.queueIndex() != next) {
          throw new IllegalArgumentException("queue index " + q.queueIndex() + " where " + next + " is next");
        }
        next = q.queueIndex() + 1;
      }
    }
  }

  /** The entries' leaves in calldata order (spec 5.2). */
  public List<Bytes32> leaves() {
    List<Bytes32> out = new ArrayList<>(entries.size());
    for (BatchEntry e : entries) {
      out.add(e.leaf());
    }
    return out;
  }

  /** {@code merkleRoot} of the leaves, as the rollup records it. */
  public Bytes32 entriesRoot() {
    return Merkle.root(leaves());
  }

  /** How many queue items the batch consumes. */
  public int queueCount() {
    int n = 0;
    for (BatchEntry e : entries) {
      if (e instanceof BatchEntry.QueueRef) {
        n++;
      }
    }
    return n;
  }

  /** The entries of block {@code block} (0-based within the batch). */
  public List<BatchEntry> blockEntries(int block) {
    int from = 0;
    for (int i = 0; i < block; i++) {
      from += blocks.get(i).entryCount();
    }
    return entries.subList(from, from + blocks.get(block).entryCount());
  }

  /** The timestamp of the last block, which the next batch must not go below. */
  public long lastTimestamp() {
    return blocks.get(blocks.size() - 1).timestamp();
  }
}
