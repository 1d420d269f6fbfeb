package dev.vigil.sequencer.queue;

import java.util.List;

/**
 * Where the watcher reads the bridge's queue: the seam to the node's L1 client. Both methods may
 * throw an unchecked exception when L1 cannot be reached; the watcher retries later.
 */
public interface QueueSource {

  /** The latest L1 block. */
  Head head();

  /** The items of the bridge's {@code QueueItemAdded} logs in L1 blocks {@code [from, to]}, in log order. */
  List<QueuedItem> items(long fromBlock, long toBlock);

  /** An L1 block's number and timestamp. */
  record Head(long number, long timestamp) {}
}
