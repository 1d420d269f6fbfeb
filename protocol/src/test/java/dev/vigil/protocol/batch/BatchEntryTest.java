package dev.vigil.protocol.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import org.junit.jupiter.api.Test;

class BatchEntryTest {
  @Test
  void txLeafHashesZeroThenTheRawBytes() {
    assertEquals(
        Keccak.hash(Bytes.fromHex("0x00deadbeef")),
        new BatchEntry.Tx(Bytes.fromHex("0xdeadbeef")).leaf());
  }

  @Test
  void compactLeafHashesTwoThenTheCompactBytesAsPosted() {
    BatchEntry.Tx tx = BatchEntry.Tx.fromCompact(Bytes.fromHex("0xc0ffee"), 42424);
    assertEquals(Keccak.hash(Bytes.fromHex("0x02c0ffee")), tx.leaf());
    assertEquals(Bytes.fromHex("0x02c0ffee"), tx.leafPreimage());
    assertEquals(Bytes.EMPTY, tx.raw());
    assertEquals(Bytes.fromHex("0x00c0ffee"), new BatchEntry.Tx(Bytes.fromHex("0xc0ffee")).leafPreimage());
  }

  @Test
  void queueRefLeafHashesOneThenU64Index() {
    assertEquals(
        Keccak.hash(Bytes.fromHex("0x01" + "0000000000000102")), new BatchEntry.QueueRef(258).leaf());
  }

  @Test
  void anEmptyTransactionIsNotAnEntry() {
    assertThrows(IllegalArgumentException.class, () -> new BatchEntry.Tx(Bytes.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> BatchEntry.Tx.fromCompact(Bytes.EMPTY, 1));
    assertThrows(IllegalArgumentException.class, () -> new BatchEntry.Tx(Bytes.wrap(new byte[0x10000])));
    assertThrows(IllegalArgumentException.class, () -> BatchEntry.Tx.fromCompact(Bytes.wrap(new byte[0x100]), 1));
    assertThrows(IllegalArgumentException.class, () -> new BatchEntry.QueueRef(-1));
  }
}
