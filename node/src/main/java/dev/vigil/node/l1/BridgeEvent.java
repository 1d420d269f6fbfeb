package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import java.math.BigInteger;
import java.util.Objects;

/** The Bridge events the nodes follow, in L1 order by {@link #at()}. */
public sealed interface BridgeEvent {
  LogPosition at();

  /** {@code QueueItemAdded} (spec 4): queue item {@code index} with its encoding {@code item}. */
  record QueueItemAdded(long index, long timestamp, Bytes item, LogPosition at) implements BridgeEvent {
    public QueueItemAdded {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(at, "at");
    }

    /** The decoded item; the bridge only ever emits well-formed ones. */
    public QueueItem queueItem() {
      return QueueItem.decode(item);
    }
  }

  /** {@code WithdrawalFinalized} (spec 7): withdrawal {@code index} was paid on L1. */
  record WithdrawalFinalized(long index, Address recipient, Address l1Token, BigInteger amount,
      LogPosition at) implements BridgeEvent {
    public WithdrawalFinalized {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(l1Token, "l1Token");
      Objects.requireNonNull(amount, "amount");
      Objects.requireNonNull(at, "at");
    }
  }
}
