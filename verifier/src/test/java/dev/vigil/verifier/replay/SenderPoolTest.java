package dev.vigil.verifier.replay;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.BOB_KEY;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.deposit;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SenderPoolTest {
  private final SenderPool pool = new SenderPool(2);

  @AfterEach
  void close() {
    pool.close();
  }

  @Test
  void prepare_keepsBatchOrder_recoversSenders_andResolvesQueueItems() {
    List<BatchEntry> entries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      entries.add(transferEntry(i % 2 == 0 ? ALICE_KEY : BOB_KEY, i / 2, BOB, BigInteger.ONE));
    }
    entries.add(new BatchEntry.QueueRef(5));
    entries.add(new BatchEntry.Tx(Bytes.fromHex("0x02c0")));
    QueueItem item = deposit(ALICE, ETHER);

    List<PreparedEntry> prepared = pool.prepare(entries, Map.of(5L, item));

    assertEquals(entries.size(), prepared.size());
    for (int i = 0; i < 40; i++) {
      PreparedEntry.Tx tx = assertInstanceOf(PreparedEntry.Tx.class, prepared.get(i));
      assertEquals(entries.get(i), tx.entry());
      assertEquals(Optional.of(i % 2 == 0 ? ALICE : BOB), tx.sender());
      assertEquals(i / 2, tx.tx().nonce());
    }
    assertEquals(item, assertInstanceOf(PreparedEntry.Queued.class, prepared.get(40)).item());
    assertInstanceOf(PreparedEntry.MalformedTx.class, prepared.get(41));
  }

  @Test
  void start_recoversInChunks_andResolvesInBatchOrder() {
    List<BatchEntry> entries = new ArrayList<>();
    for (int i = 0; i < 3 * SenderPool.CHUNK + 5; i++) {
      entries.add(i == SenderPool.CHUNK ? new BatchEntry.QueueRef(9)
          : transferEntry(i % 2 == 0 ? ALICE_KEY : BOB_KEY, i, BOB, BigInteger.ONE));
    }
    QueueItem item = deposit(BOB, ETHER);

    List<PreparedEntry> prepared = pool.start(entries).resolve(Map.of(9L, item));

    assertEquals(entries.size(), prepared.size());
    for (int i = 0; i < entries.size(); i++) {
      assertEquals(entries.get(i), prepared.get(i).entry());
      if (i == SenderPool.CHUNK) {
        assertEquals(item, assertInstanceOf(PreparedEntry.Queued.class, prepared.get(i)).item());
      } else {
        PreparedEntry.Tx tx = assertInstanceOf(PreparedEntry.Tx.class, prepared.get(i));
        assertEquals(Optional.of(i % 2 == 0 ? ALICE : BOB), tx.sender());
        assertEquals(i, tx.tx().nonce());
      }
    }
  }

  @Test
  void resolve_refusesAnUnknownQueueItemAtOnce() {
    Recovery recovery = pool.start(List.of(transferEntry(ALICE_KEY, 0, BOB, BigInteger.ONE),
        new BatchEntry.QueueRef(4)));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> recovery.resolve(Map.of(3L, deposit(BOB, ETHER))));
    assertEquals("queue item 4 is not known", e.getMessage());
  }

  @Test
  void prepare_refusesAQueueReferenceToAnUnknownItem() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> pool.prepare(List.of(new BatchEntry.QueueRef(3)), Map.of()));
    assertEquals("queue item 3 is not known", e.getMessage());
  }
}
