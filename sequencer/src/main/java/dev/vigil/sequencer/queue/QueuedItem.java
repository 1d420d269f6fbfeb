package dev.vigil.sequencer.queue;

import dev.vigil.protocol.queue.QueueItem;
import java.util.Objects;

/**
 * An item of the bridge's L1 queue as the watcher saw it.
 *
 * @param index the item's queue index (consumed strictly in this order)
 * @param item the decoded {@code item} bytes of the {@code QueueItemAdded} event
 * @param l1Block the L1 block that emitted it: where a restarted watcher resumes its scan
 */
public record QueuedItem(long index, QueueItem item, long l1Block) {
  public QueuedItem {
    Objects.requireNonNull(item, "item");
    if (index < 0 || l1Block < 0) {
      throw new IllegalArgumentException("negative queue index or L1 block: " + index + ", " + l1Block);
    }
  }
}
