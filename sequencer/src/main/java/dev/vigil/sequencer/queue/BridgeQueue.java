package dev.vigil.sequencer.queue;

import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.BridgeEvent;
import dev.vigil.node.l1.L1Client;
import java.util.ArrayList;
import java.util.List;

/** {@link QueueSource} over the bridge's {@code QueueItemAdded} logs. */
public final class BridgeQueue implements QueueSource {
  private final L1Client l1;
  private final BridgeContract bridge;

  public BridgeQueue(L1Client l1, BridgeContract bridge) {
    this.l1 = l1;
    this.bridge = bridge;
  }

  @Override
  public Head head() {
    long number = l1.blockNumber();
    return new Head(number, l1.blockTimestamp(number));
  }

  @Override
  public List<QueuedItem> items(long fromBlock, long toBlock) {
    List<QueuedItem> out = new ArrayList<>();
    for (BridgeEvent.QueueItemAdded e : bridge.queueItemsAdded(fromBlock, toBlock)) {
      out.add(new QueuedItem(e.index(), e.queueItem(), e.at().blockNumber()));
    }
    return out;
  }
}
