package dev.vigil.verifier.derive;

import dev.vigil.protocol.bytes.Bytes;
import java.util.Objects;

/**
 * A bridge {@code QueueItemAdded(uint64 indexed index, uint64 timestamp, bytes item)} log
 * (docs/protocol.md 4), with the L1 block it is in.
 */
public record QueueItemLog(long index, long timestamp, Bytes item, long l1Block) {
  public QueueItemLog {
    Objects.requireNonNull(item, "item");
    if (index < 0 || l1Block < 0) {
      throw new IllegalArgumentException("queue item " + index + " at L1 block " + l1Block);
    }
  }
}
