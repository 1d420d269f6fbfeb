package dev.vigil.protocol.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchTest {
  private static final BatchEntry TX = new BatchEntry.Tx(Bytes.fromHex("0x01"));

  @Test
  void shapesTheRollupWouldRefuseCannotBeBuilt() {
    assertThrows(IllegalArgumentException.class, () -> new Batch(List.of(), List.of(TX)));
    assertThrows(
        IllegalArgumentException.class, () -> new Batch(List.of(new BlockSpec(1, 0)), List.of()));
    assertThrows(
        IllegalArgumentException.class, () -> new Batch(List.of(new BlockSpec(1, 2)), List.of(TX)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Batch(List.of(new BlockSpec(2, 1), new BlockSpec(1, 0)), List.of(TX)));
  }

  @Test
  void queueReferencesMustBeConsecutive() {
    List<BatchEntry> entries = List.of(new BatchEntry.QueueRef(3), TX, new BatchEntry.QueueRef(5));
    assertThrows(
        IllegalArgumentException.class, () -> new Batch(List.of(new BlockSpec(1, 3)), entries));
  }

  @Test
  void tooManyEntriesOrBytesCannotBeBuilt() {
    List<BatchEntry> many = new ArrayList<>();
    for (int i = 0; i <= ProtocolLimits.MAX_BATCH_ENTRIES; i++) {
      many.add(TX);
    }
    assertThrows(
        IllegalArgumentException.class, () -> new Batch(List.of(new BlockSpec(1, many.size())), many));
    // 13 bytes of headers, two raw entries of 3 + 0xffff bytes: 131085 > MAX_BATCH_DATA
    BatchEntry big = new BatchEntry.Tx(Bytes.wrap(new byte[BatchEntry.MAX_ENTRY_LENGTH]));
    assertThrows(
        IllegalArgumentException.class, () -> new Batch(List.of(new BlockSpec(1, 2)), List.of(big, big)));
  }

  @Test
  void entriesRootIsTheMerkleRootOfTheLeaves() {
    BatchEntry ref = new BatchEntry.QueueRef(0);
    Batch b = new Batch(List.of(new BlockSpec(1, 2)), List.of(TX, ref));
    assertEquals(List.of(TX.leaf(), ref.leaf()), b.leaves());
    assertEquals(Merkle.root(List.of(TX.leaf(), ref.leaf())), b.entriesRoot());
  }
}
