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
  void queueRefLeafHashesOneThenU64Index() {
    assertEquals(
        Keccak.hash(Bytes.fromHex("0x01" + "0000000000000102")), new BatchEntry.QueueRef(258).leaf());
  }

  @Test
  void anEmptyTransactionIsNotAnEntry() {
    assertThrows(IllegalArgumentException.class, () -> new BatchEntry.Tx(Bytes.EMPTY));
    assertThrows(IllegalArgumentException.class, () -> new BatchEntry.QueueRef(-1));
  }
}
