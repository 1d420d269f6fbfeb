package dev.vigil.protocol.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class BatchCodecTest {
  private static final long CHAIN = TestBatches.CHAIN_ID;

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void randomBatchesRoundTrip(int seed) throws BatchFormatException {
    Random rnd = new Random(seed);
    long queueStart = rnd.nextInt(1000);
    Batch batch = TestBatches.random(rnd, queueStart);
    Bytes data = BatchCodec.encode(batch);
    assertEquals(BatchCodec.encodedSize(batch), data.length());
    assertEquals(batch, BatchCodec.decode(data, queueStart, CHAIN));
  }

  @Test
  void encodesTheGrammarByteForByte() {
    Batch batch =
        new Batch(
            List.of(new BlockSpec(0x0102, 2), new BlockSpec(0x0102, 0), new BlockSpec(0x0103, 1)),
            List.of(
                new BatchEntry.Tx(Bytes.fromHex("0xaabb")),
                new BatchEntry.QueueRef(9),
                BatchEntry.Tx.fromCompact(Bytes.fromHex("0xcc"), CHAIN)));
    String expected =
        "0x02" + "0003"
            + "0000000000000102" + "0002"
            + "0000000000000102" + "0000"
            + "0000000000000103" + "0001"
            + "010002aabb" + "00" + "0201cc";
    assertEquals(Bytes.fromHex(expected), BatchCodec.encode(batch));
  }

  @Test
  void queueReferencesCountFromQueueStart() throws BatchFormatException {
    Bytes data = Bytes.fromHex("0x02" + "0001" + TestBatches.block(5, 3) + "00" + "0100" + "01ff" + "00");
    Batch batch = BatchCodec.decode(data, 41, CHAIN);
    assertEquals(new BatchEntry.QueueRef(41), batch.entries().get(0));
    assertEquals(new BatchEntry.QueueRef(42), batch.entries().get(2));
    assertEquals(2, batch.queueCount());
  }

  @Test
  void sizeHelpersAddUpToTheEncoding() {
    Batch batch = TestBatches.random(new Random(99), 0);
    int size = BatchCodec.headerSize(batch.blocks().size());
    for (BatchEntry e : batch.entries()) {
      size += BatchCodec.entrySize(e);
    }
    assertEquals(BatchCodec.encode(batch).length(), size);
  }

  @Test
  void theLimitsThemselvesAreAccepted() throws BatchFormatException {
    List<BatchEntry> refs = new ArrayList<>();
    for (int i = 0; i < ProtocolLimits.MAX_BATCH_ENTRIES; i++) {
      refs.add(new BatchEntry.QueueRef(i));
    }
    Batch full = new Batch(List.of(new BlockSpec(1, refs.size())), refs);
    assertEquals(full, BatchCodec.decode(BatchCodec.encode(full), 0, CHAIN));

    String hex = "0x02" + "0001" + TestBatches.block(1, 2) + TestBatches.tx(BatchEntry.MAX_ENTRY_LENGTH)
        + TestBatches.tx(ProtocolLimits.MAX_BATCH_DATA - 19 - BatchEntry.MAX_ENTRY_LENGTH);
    Bytes maxData = Bytes.fromHex(hex);
    assertEquals(ProtocolLimits.MAX_BATCH_DATA, maxData.length());
    assertEquals(maxData, BatchCodec.encode(BatchCodec.decode(maxData, 0, CHAIN)));
  }

  @Test
  void emptyBlocksAndUnsignedTimestampsAreAccepted() throws BatchFormatException {
    Bytes data =
        Bytes.fromHex(
            "0x02" + "0003" + TestBatches.block(Long.MAX_VALUE, 0) + TestBatches.block(Long.MIN_VALUE, 1)
                + TestBatches.block(-1, 0) + "00");
    Batch batch = BatchCodec.decode(data, 0, CHAIN);
    assertEquals(-1L, batch.lastTimestamp());
    assertEquals(List.of(), batch.blockEntries(0));
    assertEquals(List.of(new BatchEntry.QueueRef(0)), batch.blockEntries(1));
  }

  @Test
  void timestampsCompareAsUnsigned64BitValues() {
    Bytes data =
        Bytes.fromHex(
            "0x02" + "0002" + TestBatches.block(-1, 1) + TestBatches.block(Long.MAX_VALUE, 0) + "00");
    BatchFormatException e = assertThrows(BatchFormatException.class, () -> BatchCodec.decode(data, 0, CHAIN));
    assertEquals(BatchFormatException.Reason.TIMESTAMP_DECREASES, e.reason());
  }

  @Test
  void reasonCodesAreTheContractsUint8s() {
    assertEquals(1, BatchFormatException.Reason.TOO_LARGE.code());
    assertEquals(6, BatchFormatException.Reason.TRUNCATED_ENTRY.code());
    assertEquals(10, BatchFormatException.Reason.TIMESTAMP_DECREASES.code());
    assertEquals(14, BatchFormatException.Reason.BAD_ENTRY.code());
  }

  @Test
  void compactEntriesDecodeToTheirExpansion() throws BatchFormatException {
    Bytes raw = CompactFixtures.random(new java.util.Random(3), CHAIN);
    BatchEntry.Tx tx = BatchEntry.Tx.of(raw, CHAIN);
    assertEquals(true, tx.isCompact());
    Batch batch = new Batch(List.of(new BlockSpec(1, 2)), List.of(tx, BatchEntry.Tx.fromCompact(Bytes.fromHex("0xff"), CHAIN)));
    Batch decoded = BatchCodec.decode(BatchCodec.encode(batch), 0, CHAIN);
    BatchEntry.Tx first = (BatchEntry.Tx) decoded.entries().get(0);
    BatchEntry.Tx second = (BatchEntry.Tx) decoded.entries().get(1);
    assertEquals(raw, first.raw());
    assertEquals(Bytes.EMPTY, second.raw());
    assertEquals(BatchCodec.COMPACT_PREFIX_SIZE + tx.compact().length(), BatchCodec.entrySize(tx));
  }

  static List<TestBatches.Malformed> malformed() {
    return TestBatches.malformed();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedBatchesAreRefusedWithTheirReason(TestBatches.Malformed row) {
    BatchFormatException e =
        assertThrows(BatchFormatException.class, () -> BatchCodec.decode(row.data(), row.queueStart(), CHAIN));
    assertEquals(row.reason(), e.reason(), e.getMessage());
  }

  @Test
  void everyReasonHasAMalformedRow() {
    List<BatchFormatException.Reason> covered = new ArrayList<>();
    for (TestBatches.Malformed m : TestBatches.malformed()) {
      covered.add(m.reason());
    }
    for (BatchFormatException.Reason r : BatchFormatException.Reason.values()) {
      assertEquals(true, covered.contains(r), r.name());
    }
  }
}
