package dev.vigil.verifier.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.l1.LogPosition;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PendingBatchesTest {
  private static RollupEvent.BatchAppended log(long index, long l1Block) {
    return new RollupEvent.BatchAppended(index, Address.ZERO, Bytes32.ZERO, Bytes32.ZERO,
        Bytes32.ZERO, 0, 0, index + 1, index + 1,
        new LogPosition(l1Block, Bytes32.fromLong(l1Block), Bytes32.fromLong(1000 + l1Block), 0));
  }

  @Test
  void aLogForAnIndex_replacesItAndVoidsLaterOnes() {
    PendingBatches pending = new PendingBatches();
    assertFalse(pending.add(log(4, 10)));
    assertFalse(pending.add(log(5, 11)));
    assertFalse(pending.add(log(6, 12)));

    assertTrue(pending.add(log(5, 20)), "batch 5 re-appended after a revert");

    assertEquals(2, pending.size());
    assertEquals(20, pending.get(5).get().at().blockNumber());
    assertEquals(Optional.empty(), pending.get(6));
  }

  @Test
  void safeCursor_staysJustBelowTheEarliestPendingLog() {
    PendingBatches pending = new PendingBatches();
    assertEquals(50, pending.safeCursor(50));
    pending.add(log(4, 10));
    pending.add(log(5, 11));
    assertEquals(9, pending.safeCursor(50));
    pending.remove(4);
    assertEquals(10, pending.safeCursor(50));
    pending.dropFrom(5);
    assertEquals(50, pending.safeCursor(50));
    assertEquals(Optional.empty(), pending.lowestIndex());
  }
}
