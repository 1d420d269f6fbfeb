package dev.vigil.protocol.batch;

import dev.vigil.protocol.batch.BatchFormatException.Reason;
import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The calldata format of a batch (docs/protocol.md 5.1):
 *
 * <pre>
 * batch  = u8(BATCH_VERSION) || u16(blockCount) || block{blockCount} || entry*
 * block  = u64(timestamp) || u16(entryCount)
 * entry  = u24(len) || bytes{len}       len == 0: the next L1 queue item
 *                                       len >= 1: a raw L2 transaction
 * </pre>
 *
 * <p>{@link #decode} applies every rule of the rollup's {@code BadBatch} check that needs no L1
 * state, in the contract's order, so that both name the same first broken rule: size, header,
 * version, block count, block headers (timestamps within the batch), the announced entry count
 * {@code n = sum(entryCount)} ({@code 1 <= n <= MAX_BATCH_ENTRIES}), then exactly {@code n}
 * entries filling the rest of the data. The remaining rules (timestamps against the previous
 * batch and L1's clock, the roots count, the referenced queue items' existence) are the caller's.
 * The size helpers let the batcher track the encoded size as it adds blocks and entries.
 */
public final class BatchCodec {
  /** {@code u8(version) || u16(blockCount)}. */
  public static final int HEADER_SIZE = 3;
  /** {@code u64(timestamp) || u16(entryCount)}. */
  public static final int BLOCK_SIZE = 10;
  /** {@code u24(len)}. */
  public static final int ENTRY_PREFIX_SIZE = 3;

  private BatchCodec() {}

  /** Bytes of the header and {@code blockCount} block headers. */
  public static int headerSize(int blockCount) {
    return HEADER_SIZE + BLOCK_SIZE * blockCount;
  }

  /** Bytes of one encoded entry. */
  public static int entrySize(BatchEntry entry) {
    return ENTRY_PREFIX_SIZE + (entry instanceof BatchEntry.Tx tx ? tx.raw().length() : 0);
  }

  public static int encodedSize(Batch batch) {
    return (int) encodedSize(batch.blocks(), batch.entries());
  }

  static long encodedSize(List<BlockSpec> blocks, List<BatchEntry> entries) {
    long n = headerSize(blocks.size());
    for (BatchEntry e : entries) {
      n += entrySize(e);
    }
    return n;
  }

  public static Bytes encode(Batch batch) {
    byte[] out = new byte[encodedSize(batch)];
    int at = put(out, 0, ProtocolLimits.BATCH_VERSION, 1);
    at = put(out, at, batch.blocks().size(), 2);
    for (BlockSpec b : batch.blocks()) {
      at = put(out, at, b.timestamp(), 8);
      at = put(out, at, b.entryCount(), 2);
    }
    for (BatchEntry e : batch.entries()) {
      if (e instanceof BatchEntry.Tx tx) {
        at = put(out, at, tx.raw().length(), 3);
        System.arraycopy(tx.raw().unsafeArray(), 0, out, at, tx.raw().length());
        at += tx.raw().length();
      } else {
        at = put(out, at, 0, 3);
      }
    }
    return Bytes.wrap(out);
  }

  /**
   * Parses {@code data}; its queue references take consecutive indices from {@code queueStart}
   * (the rollup's {@code queueConsumed} when the batch was appended).
   */
  public static Batch decode(Bytes data, long queueStart) throws BatchFormatException {
    if (queueStart < 0) {
      throw new IllegalArgumentException("negative queue start: " + queueStart);
    }
    byte[] d = data.unsafeArray();
    if (d.length > ProtocolLimits.MAX_BATCH_DATA) {
      throw new BatchFormatException(Reason.TOO_LARGE, d.length + " bytes");
    }
    if (d.length < HEADER_SIZE) {
      throw new BatchFormatException(Reason.TRUNCATED_HEADER, d.length + " bytes");
    }
    if ((d[0] & 0xff) != ProtocolLimits.BATCH_VERSION) {
      throw new BatchFormatException(Reason.BAD_VERSION, "version " + (d[0] & 0xff));
    }
    int blockCount = (int) get(d, 1, 2);
    if (blockCount == 0) {
      throw new BatchFormatException(Reason.NO_BLOCKS, "blockCount 0");
    }
    if (headerSize(blockCount) > d.length) {
      throw new BatchFormatException(Reason.TRUNCATED_BLOCKS, blockCount + " blocks in " + d.length + " bytes");
    }
    List<BlockSpec> blocks = decodeBlocks(d, blockCount);
    long announced = 0;
    for (BlockSpec b : blocks) {
      announced += b.entryCount();
    }
    if (announced == 0) {
      throw new BatchFormatException(Reason.NO_ENTRIES, "the blocks announce no entry");
    }
    if (announced > ProtocolLimits.MAX_BATCH_ENTRIES) {
      throw new BatchFormatException(Reason.TOO_MANY_ENTRIES, "the blocks announce " + announced);
    }
    return new Batch(blocks, decodeEntries(d, headerSize(blockCount), (int) announced, queueStart));
  }

  private static List<BlockSpec> decodeBlocks(byte[] d, int blockCount) throws BatchFormatException {
    List<BlockSpec> blocks = new ArrayList<>(blockCount);
    for (int i = 0; i < blockCount; i++) {
      int at = HEADER_SIZE + i * BLOCK_SIZE;
      BlockSpec b = new BlockSpec(get(d, at, 8), (int) get(d, at + 8, 2));
      if (i > 0 && Long.compareUnsigned(b.timestamp(), blocks.get(i - 1).timestamp()) < 0) {
        throw new BatchFormatException(Reason.TIMESTAMP_DECREASES, "block " + i);
      }
      blocks.add(b);
    }
    return blocks;
  }

  /** Exactly {@code n} entries from {@code at} to the end of the data. */
  private static List<BatchEntry> decodeEntries(byte[] d, int at, int n, long queueStart)
      throws BatchFormatException {
    List<BatchEntry> entries = new ArrayList<>(n);
    long queueIndex = queueStart;
    for (int i = 0; i < n; i++) {
      if (at == d.length) {
        throw new BatchFormatException(Reason.ENTRY_COUNT_MISMATCH, n + " announced, " + i + " found");
      }
      if (at + ENTRY_PREFIX_SIZE > d.length) {
        throw new BatchFormatException(Reason.TRUNCATED_ENTRY, "length prefix at " + at);
      }
      int len = (int) get(d, at, ENTRY_PREFIX_SIZE);
      at += ENTRY_PREFIX_SIZE;
      if (len > d.length - at) {
        throw new BatchFormatException(Reason.TRUNCATED_ENTRY, len + " bytes at " + at);
      }
      if (len == 0) {
        entries.add(new BatchEntry.QueueRef(queueIndex++));
      } else {
        entries.add(new BatchEntry.Tx(Bytes.wrap(Arrays.copyOfRange(d, at, at + len))));
        at += len;
      }
    }
    if (at != d.length) {
      throw new BatchFormatException(Reason.ENTRY_COUNT_MISMATCH, (d.length - at) + " bytes after entry " + n);
    }
    return entries;
  }

  /** Big-endian unsigned read of {@code n <= 8} bytes. */
  private static long get(byte[] d, int at, int n) {
    long v = 0;
    for (int i = 0; i < n; i++) {
      v = (v << 8) | (d[at + i] & 0xff);
    }
    return v;
  }

  /** Big-endian write of the low {@code n} bytes of {@code v}; returns the next offset. */
  private static int put(byte[] out, int at, long v, int n) {
    for (int i = 0; i < n; i++) {
      out[at + i] = (byte) (v >>> (8 * (n - 1 - i)));
    }
    return at + n;
  }
}
