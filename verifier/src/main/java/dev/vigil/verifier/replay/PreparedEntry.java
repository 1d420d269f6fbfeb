package dev.vigil.verifier.replay;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.SignedTx;
import java.util.Objects;
import java.util.Optional;

/**
 * A batch entry made ready for the sequential apply loop: a transaction already decoded with its
 * sender recovered (off the loop, in parallel), malformed bytes kept as such, a queue reference
 * resolved to the item the bridge emitted.
 */
public sealed interface PreparedEntry {
  /** The entry as it sits in the batch calldata. */
  BatchEntry entry();

  /** A well-formed transaction; {@code sender} is empty when the signature recovers nobody. */
  record Tx(BatchEntry.Tx entry, SignedTx tx, Optional<Address> sender) implements PreparedEntry {
    public Tx {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(tx, "tx");
      Objects.requireNonNull(sender, "sender");
    }
  }

  /** Transaction bytes that do not decode: a valid entry that executes as a no-op (spec 5.1). */
  record MalformedTx(BatchEntry.Tx entry, String reason) implements PreparedEntry {
    public MalformedTx {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** A reference to the next L1 queue item, with that item. */
  record Queued(BatchEntry.QueueRef entry, QueueItem item) implements PreparedEntry {
    public Queued {
      Objects.requireNonNull(entry, "entry");
      Objects.requireNonNull(item, "item");
    }
  }
}
