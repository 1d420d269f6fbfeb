package dev.vigil.sequencer.queue;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L1Clock;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.block.TestChain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueWatcherTest {
  private final TestChain t = new TestChain();
  private final FakeQueue l1 = new FakeQueue();
  private final L1Clock clock = new L1Clock(() -> 5000);

  @AfterEach
  void close() {
    t.close();
  }

  /** A bridge whose items sit at given L1 blocks; the head moves as items are added. */
  static final class FakeQueue implements QueueSource {
    final List<QueuedItem> items = new ArrayList<>();
    long head;
    final List<long[]> queries = new ArrayList<>();

    void add(long l1Block, BigInteger amount) {
      items.add(new QueuedItem(items.size(), new QueueItem.EthDeposit(ALICE, amount), l1Block));
      head = Math.max(head, l1Block);
    }

    @Override
    public Head head() {
      return new Head(head, 1000 + head);
    }

    @Override
    public List<QueuedItem> items(long from, long to) {
      queries.add(new long[] {from, to});
      return items.stream().filter(i -> i.l1Block() >= from && i.l1Block() <= to).toList();
    }
  }

  private List<Long> consumedIndices() throws Exception {
    List<Long> out = new ArrayList<>();
    for (long n = 1; n <= t.chain.head().block().number(); n++) {
      for (BlockEntry e : t.store.block(n).orElseThrow().entries()) {
        out.add(((BlockEntry.Queued) e).queueIndex());
      }
    }
    return out;
  }

  @Test
  void feedsEachItemOnceInIndexOrder() throws Exception {
    QueueWatcher w = new QueueWatcher(l1, t.builder, clock, 0, 0);
    l1.add(3, BigInteger.ONE);
    l1.add(3, BigInteger.TWO);
    assertFalse(w.poll());
    l1.add(5, BigInteger.TEN);
    w.poll();
    w.poll();
    t.seal();
    assertEquals(List.of(0L, 1L, 2L), consumedIndices());
    assertEquals(3, w.next());
    assertEquals(1005, clock.l1Timestamp());
  }

  @Test
  void restart_resumesAtTheBlockOfTheLastConsumedItem() throws Exception {
    l1.add(3, BigInteger.ONE);
    l1.add(4, BigInteger.TWO);
    QueueWatcher first = new QueueWatcher(l1, t.builder, clock, 0, 0);
    first.poll();
    t.seal();
    l1.add(4, BigInteger.TEN);
    QueueWatcher restarted = new QueueWatcher(l1, t.builder, clock, t.store.queueL1Block(), t.chain.queueNext());
    assertEquals(4, t.store.queueL1Block());
    restarted.poll();
    L2Block second = t.seal();
    assertEquals(1, second.entries().size());
    assertEquals(List.of(0L, 1L, 2L), consumedIndices());
  }

  @Test
  void longCatchUp_isScannedInBoundedRanges() {
    l1.add(QueueWatcher.MAX_RANGE * 2 + 5, BigInteger.ONE);
    QueueWatcher w = new QueueWatcher(l1, t.builder, clock, 0, 0);
    assertTrue(w.poll());
    assertTrue(w.poll());
    assertFalse(w.poll());
    assertEquals(3, l1.queries.size());
    assertEquals(QueueWatcher.MAX_RANGE - 1, l1.queries.get(0)[1]);
    assertEquals(1, w.next());
  }

  @Test
  void missingItem_triggersARescanFromTheStart() throws Exception {
    l1.add(3, BigInteger.ONE);
    l1.add(9, BigInteger.TWO);
    QueueWatcher w = new QueueWatcher(l1, t.builder, clock, 5, 0);
    assertTrue(w.poll());
    assertEquals(0, w.next());
    w.poll();
    t.seal();
    assertEquals(List.of(0L, 1L), consumedIndices());
  }
}
