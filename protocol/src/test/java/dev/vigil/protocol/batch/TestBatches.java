package dev.vigil.protocol.batch;

import dev.vigil.protocol.batch.BatchFormatException.Reason;
import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Batches for tests and vectors: random valid ones, and one malformed row per decode rule. */
public final class TestBatches {
  /**
   * Bytes the rollup must refuse for {@code reason}. Each row breaks that one rule only, also
   * under the L1-state rules: timestamps are 100 or less, queue references are few.
   */
  public record Malformed(String name, Bytes data, long queueStart, Reason reason) {}

  /** The chain id compact entries of these batches expand under. */
  public static final long CHAIN_ID = 42424;

  private TestBatches() {}

  /** A random valid batch whose queue references start at {@code queueStart}. */
  public static Batch random(Random rnd, long queueStart) {
    int blockCount = 1 + rnd.nextInt(4);
    List<BlockSpec> blocks = new ArrayList<>();
    List<BatchEntry> entries = new ArrayList<>();
    long ts = 1_700_000_000L + rnd.nextInt(1000);
    long queue = queueStart;
    for (int b = 0; b < blockCount; b++) {
      int count = rnd.nextInt(5);
      if (b == blockCount - 1 && entries.isEmpty() && count == 0) {
        count = 1;
      }
      ts += rnd.nextInt(3);
      blocks.add(new BlockSpec(ts, count));
      for (int i = 0; i < count; i++) {
        int kind = rnd.nextInt(6);
        if (kind < 2) {
          entries.add(new BatchEntry.QueueRef(queue++));
        } else if (kind == 2) {
          byte[] compact = new byte[1 + rnd.nextInt(BatchEntry.MAX_COMPACT_LENGTH)];
          rnd.nextBytes(compact);
          entries.add(BatchEntry.Tx.fromCompact(Bytes.wrap(compact), CHAIN_ID));
        } else if (kind == 3) {
          entries.add(BatchEntry.Tx.of(CompactFixtures.random(rnd, CHAIN_ID), CHAIN_ID));
        } else {
          byte[] raw = new byte[1 + rnd.nextInt(120)];
          rnd.nextBytes(raw);
          entries.add(new BatchEntry.Tx(Bytes.wrap(raw)));
        }
      }
    }
    return new Batch(blocks, entries);
  }

  public static List<Malformed> malformed() {
    String head1 = "02" + "0001" + block(100, 1);
    List<Malformed> rows = new ArrayList<>();
    rows.add(row("too large", "02" + "0001" + block(100, 2) + tx(0xffff) + tx(ProtocolLimits.MAX_BATCH_DATA + 1 - 19 - 0xffff), Reason.TOO_LARGE));
    rows.add(row("empty", "", Reason.TRUNCATED_HEADER));
    rows.add(row("header cut after block count's first byte", "0200", Reason.TRUNCATED_HEADER));
    rows.add(row("version 0", "00" + "0001" + block(100, 1) + "00", Reason.BAD_VERSION));
    rows.add(row("version 1 (the u24-length format)", "01" + "0001" + block(100, 1) + "000000", Reason.BAD_VERSION));
    rows.add(row("version 3", "03" + "0001" + block(100, 1) + "00", Reason.BAD_VERSION));
    rows.add(row("zero blocks", "02" + "0000" + "00", Reason.NO_BLOCKS));
    rows.add(row("second block header missing", "02" + "0002" + block(100, 1) + "00", Reason.TRUNCATED_BLOCKS));
    rows.add(row("block header cut", "02" + "0001" + "00000000000000", Reason.TRUNCATED_BLOCKS));
    rows.add(row("raw entry length prefix cut", head1 + "0100", Reason.TRUNCATED_ENTRY));
    rows.add(row("raw entry length prefix missing", head1 + "01", Reason.TRUNCATED_ENTRY));
    rows.add(row("raw entry bytes cut", head1 + "010005" + "aabbccdd", Reason.TRUNCATED_ENTRY));
    rows.add(row("compact entry length prefix missing", head1 + "02", Reason.TRUNCATED_ENTRY));
    rows.add(row("compact entry bytes cut", head1 + "0205" + "aabbccdd", Reason.TRUNCATED_ENTRY));
    rows.add(row("unknown entry tag 0x03", head1 + "03", Reason.BAD_ENTRY));
    rows.add(row("unknown entry tag 0xff", head1 + "ff00", Reason.BAD_ENTRY));
    rows.add(row("raw entry of 0 bytes", head1 + "010000", Reason.BAD_ENTRY));
    rows.add(row("compact entry of 0 bytes", head1 + "0200", Reason.BAD_ENTRY));
    rows.add(row("no entries", "02" + "0001" + block(100, 0), Reason.NO_ENTRIES));
    rows.add(row("blocks announce no entry but one follows", "02" + "0001" + block(100, 0) + "00", Reason.NO_ENTRIES));
    rows.add(row("1025 entries", "02" + "0001" + block(100, 1025) + "00".repeat(1025), Reason.TOO_MANY_ENTRIES));
    rows.add(row("blocks announce 1025 entries, one follows", "02" + "0002" + block(100, 1000) + block(100, 25) + "00", Reason.TOO_MANY_ENTRIES));
    rows.add(row("blocks announce more entries", "02" + "0001" + block(100, 2) + "00", Reason.ENTRY_COUNT_MISMATCH));
    rows.add(row("blocks announce fewer entries", "02" + "0001" + block(100, 1) + "00" + "0101ff", Reason.ENTRY_COUNT_MISMATCH));
    rows.add(row("a stray byte after the last entry", "02" + "0001" + block(100, 1) + "0201ff" + "00", Reason.ENTRY_COUNT_MISMATCH));
    rows.add(row("timestamp decreases", "02" + "0002" + block(100, 1) + block(99, 0) + "00", Reason.TIMESTAMP_DECREASES));
    return rows;
  }

  private static Malformed row(String name, String hex, Reason reason) {
    return new Malformed(name, Bytes.fromHex(hex), 7, reason);
  }

  /** Hex of a block header. */
  public static String block(long timestamp, int entryCount) {
    return String.format("%016x%04x", timestamp, entryCount);
  }

  /** Hex of a raw transaction entry of {@code len} bytes of 0x11. */
  public static String tx(int len) {
    return String.format("01%04x", len) + "11".repeat(len);
  }
}
