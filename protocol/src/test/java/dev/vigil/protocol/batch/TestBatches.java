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
        if (rnd.nextInt(3) == 0) {
          entries.add(new BatchEntry.QueueRef(queue++));
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
    String head1 = "01" + "0001" + block(100, 1);
    List<Malformed> rows = new ArrayList<>();
    rows.add(row("too large", "01" + "0001" + block(100, 1) + tx(ProtocolLimits.MAX_BATCH_DATA - 15), Reason.TOO_LARGE));
    rows.add(row("empty", "", Reason.TRUNCATED_HEADER));
    rows.add(row("header cut after block count's first byte", "0100", Reason.TRUNCATED_HEADER));
    rows.add(row("version 0", "00" + "0001" + block(100, 1) + "000000", Reason.BAD_VERSION));
    rows.add(row("version 2", "02" + "0001" + block(100, 1) + "000000", Reason.BAD_VERSION));
    rows.add(row("zero blocks", "01" + "0000" + "000000", Reason.NO_BLOCKS));
    rows.add(row("second block header missing", "01" + "0002" + block(100, 1) + "000000", Reason.TRUNCATED_BLOCKS));
    rows.add(row("block header cut", "01" + "0001" + "00000000000000", Reason.TRUNCATED_BLOCKS));
    rows.add(row("entry length prefix cut", head1 + "0000", Reason.TRUNCATED_ENTRY));
    rows.add(row("entry bytes cut", head1 + "000005" + "aabbccdd", Reason.TRUNCATED_ENTRY));
    rows.add(row("no entries", "01" + "0001" + block(100, 0), Reason.NO_ENTRIES));
    rows.add(row("blocks announce no entry but one follows", "01" + "0001" + block(100, 0) + "000000", Reason.NO_ENTRIES));
    rows.add(row("1025 entries", "01" + "0001" + block(100, 1025) + "000000".repeat(1025), Reason.TOO_MANY_ENTRIES));
    rows.add(row("blocks announce 1025 entries, one follows", "01" + "0002" + block(100, 1000) + block(100, 25) + "000000", Reason.TOO_MANY_ENTRIES));
    rows.add(row("blocks announce more entries", "01" + "0001" + block(100, 2) + "000000", Reason.ENTRY_COUNT_MISMATCH));
    rows.add(row("blocks announce fewer entries", "01" + "0001" + block(100, 1) + "000000" + "000001ff", Reason.ENTRY_COUNT_MISMATCH));
    rows.add(row("a stray byte after the last entry", "01" + "0001" + block(100, 1) + "000001ff" + "00", Reason.ENTRY_COUNT_MISMATCH));
    rows.add(row("timestamp decreases", "01" + "0002" + block(100, 1) + block(99, 0) + "000000", Reason.TIMESTAMP_DECREASES));
    return rows;
  }

  private static Malformed row(String name, String hex, Reason reason) {
    return new Malformed(name, Bytes.fromHex(hex), 7, reason);
  }

  /** Hex of a block header. */
  public static String block(long timestamp, int entryCount) {
    return String.format("%016x%04x", timestamp, entryCount);
  }

  /** Hex of a transaction entry of {@code len} bytes of 0x11. */
  public static String tx(int len) {
    return String.format("%06x", len) + "11".repeat(len);
  }
}
