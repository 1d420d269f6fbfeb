package dev.vigil.sequencer.queue;

import dev.vigil.sequencer.block.BlockBuilder;
import dev.vigil.sequencer.block.L1Clock;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Follows the bridge's queue on L1 and hands every item not yet consumed to the block builder,
 * strictly in index order, each exactly once. It resumes from the L1 block of the last consumed
 * item (stored with the block that consumed it), so a restart neither skips nor repeats items.
 */
public final class QueueWatcher {
  private static final System.Logger LOG = System.getLogger(QueueWatcher.class.getName());
  /** L1 blocks per log query, so a long catch-up never asks for an unbounded range. */
  static final long MAX_RANGE = 2000;

  private final QueueSource source;
  private final BlockBuilder builder;
  private final L1Clock clock;
  private long cursor;
  private long next;

  /**
   * @param clock told the timestamp of each L1 head read
   * @param fromL1Block the first L1 block to scan
   * @param nextIndex the index of the first queue item not yet consumed
   */
  public QueueWatcher(QueueSource source, BlockBuilder builder, L1Clock clock, long fromL1Block,
      long nextIndex) {
    this.source = source;
    this.builder = builder;
    this.clock = clock;
    this.cursor = fromL1Block;
    this.next = nextIndex;
  }

  /** Scans the next range of L1 blocks; true when more blocks are already waiting to be scanned. */
  public boolean poll() {
    QueueSource.Head l1Head = source.head();
    clock.observe(l1Head.timestamp());
    long head = l1Head.number();
    if (head < cursor) {
      return false;
    }
    long to = Math.min(head, cursor + MAX_RANGE - 1);
    List<QueuedItem> items = new ArrayList<>(source.items(cursor, to));
    items.sort(Comparator.comparingLong(QueuedItem::index));
    List<QueuedItem> feed = new ArrayList<>();
    boolean gap = false;
    for (QueuedItem item : items) {
      if (item.index() < next) {
        continue;
      }
      if (item.index() > next) {
        gap = true;
        break;
      }
      feed.add(item);
      next++;
    }
    if (!feed.isEmpty()) {
      builder.enqueue(feed);
    }
    if (gap) {
      // Item `next` must have been emitted before the cursor: never skip it, look again.
      LOG.log(Level.WARNING, "queue item " + next + " is missing before L1 block " + cursor
          + "; rescanning the bridge from L1 block 0");
      cursor = 0;
      return true;
    }
    cursor = to + 1;
    return to < head;
  }

  /** The index of the next queue item to hand over. */
  public long next() {
    return next;
  }
}
