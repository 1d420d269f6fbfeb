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
 * entry  = 0x00                              the next L1 queue item
 *        | 0x01 || u16(len) || bytes{len}    a raw L2 transaction, len >= 1
 *        | 0x02 || u8(len) || bytes{len}     a compact L2 transaction (3.5), len >= 1
 * </pre>
 *
 * <p>{@link #decode} applies every rule of the rollup's {@code BadBatch} check that needs no L1
 * state, in the contract's order, so that both name the same first broken rule: size, header,
 * version, block count, block headers (timestamps within the batch), the announced entry count
 * {@code n = sum(entryCount)} ({@code 1 <= n <= MAX_BATCH_ENTRIES}), then exactly {@code n}
 * entries filling the rest of the data, each with a known tag and a non-zero length. Decoding
 * expands compact entries under the rollup's chain id (spec 3.5). The remaining rules (timestamps against the previous
 * batch and L1's clock, the roots count, the referenced queue items' existence) are the caller's.
 * The size helpers let the batcher track the encoded size as it adds blocks and entries.
 */
public final class BatchCodec {
  /** {@code u8(version) || u16(blockCount)}. */
  public static final int HEADER_SIZE = 3;
  /** {@code u64(timestamp) || u16(entryCount)}. */
  public static final int BLOCK_SIZE = 10;
  /** {@code 0x01 || u16(len)}: the most framing a transaction entry takes. */
  public static final int ENTRY_PREFIX_SIZE = 3;
  /** {@code 0x02 || u8(len)}. */
  public static final int COMPACT_PREFIX_SIZE = 2;
  /** A queue reference is its tag alone. */
  public static final int QUEUE_ENTRY_SIZE = 1;

  static final int TAG_QUEUE = 0x00;
  static final int TAG_RAW = 0x01;
  static final int TAG_COMPACT = 0x02;

  private BatchCodec() {}

  /** Bytes of the header and {@code blockCount} block headers. */
  public static int headerSize(int blockCount) {
    return HEADER_SIZE + BLOCK_SIZE * blockCount;
  }

  /** Bytes of one encoded entry. */
  public static int entrySize(BatchEntry entry) {
    if (!(entry instanceof BatchEntry.Tx tx)) {
      return QUEUE_ENTRY_SIZE;
    }
    return tx.isCompact() ? COMPACT_PREFIX_SIZE + tx.compact().length() : ENTRY_PREFIX_SIZE + tx.raw().length();
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
      if (!(e instanceof BatchEntry.Tx tx)) {
        at = put(out, at, TAG_QUEUE, 1);
      } else if (tx.isCompact()) {
        at = put(out, at, TAG_COMPACT, 1);
        at = put(out, at, tx.compact().length(), 1);
        at = copy(out, at, tx.compact());
      } else {
        at = put(out, at, TAG_RAW, 1);
        at = put(out, at, tx.raw().length(), 2);
        at = copy(out, at, tx.raw());
      }
    }
    return Bytes.wrap(out);
  }

  private static int copy(byte[] out, int at, Bytes b) {
    System.arraycopy(b.unsafeArray(), 0, out, at, b.length());
    return at + b.length();
  }

  /**
   * Parses {@code data}; its queue references take consecutive indices from {@code queueStart}
   * (the rollup's {@code queueConsumed} when the batch was appended); compact entries expand
   * under {@code chainId}, the rollup's {@code l2ChainId}.
   */
  public static Batch decode(Bytes data, long queueStart, long chainId) throws BatchFormatException {
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
    return new Batch(blocks, decodeEntries(d, headerSize(blockCount), (int) announced, queueStart, chainId));
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
  private static List<BatchEntry> decodeEntries(byte[] d, int at, int n, long queueStart, long chainId)
      throws BatchFormatException {
    List<BatchEntry> entries = new ArrayList<>(n);
    long queueIndex = queueStart;
    for (int i = 0; i < n; i++) {
      if (at == d.length) {
        throw new BatchFormatException(Reason.ENTRY_COUNT_MISMATCH, n + " announced, " + i + " found");
      }
      int tag = d[at++] & 0xff;
      if (tag == TAG_QUEUE) {
        entries.add(new BatchEntry.QueueRef(queueIndex++));
        continue;
      }
      if (tag != TAG_RAW && tag != TAG_COMPACT) {
        throw new BatchFormatException(Reason.BAD_ENTRY, "tag " + tag + " at " + (at - 1));
      }
      int prefix = tag == TAG_RAW ? 2 : 1;
      if (at + prefix > d.length) {
        throw new BatchFormatException(Reason.TRUNCATED_ENTRY, "length prefix at " + at);
      }
      int len = (int) get(d, at, prefix);
      at += prefix;
      if (len == 0) {
        throw new BatchFormatException(Reason.BAD_ENTRY, "empty transaction entry at " + at);
      }
      if (len > d.length - at) {
        throw new BatchFormatException(Reason.TRUNCATED_ENTRY, len + " bytes at " + at);
      }
      Bytes bytes = Bytes.wrap(Arrays.copyOfRange(d, at, at + len));
      entries.add(tag == TAG_RAW ? new BatchEntry.Tx(bytes) : BatchEntry.Tx.fromCompact(bytes, chainId));
      at += len;
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
