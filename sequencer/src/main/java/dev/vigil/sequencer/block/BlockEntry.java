package dev.vigil.sequencer.block;

import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.queue.QueueItem;
import java.util.Objects;

/**
 * One entry of an L2 block as the sequencer executed it, with the state root after it (the
 * batch's {@code roots[i]}, docs/protocol.md 5.3).
 */
public sealed interface BlockEntry {

  /** The state root after this entry. */
  Bytes32 postRoot();

  /** The entry as it goes into a batch. */
  BatchEntry toBatchEntry();

  /** Bytes this entry takes in batch calldata (docs/protocol.md 5.1). */
  int encodedSize();

  /**
   * A user transaction, stored with its recovered sender so a restart replays it without
   * recovering the signature again, and with its receipt fields. {@code batchEntry} is how it goes
   * into a batch (compact when it can, docs/protocol.md 3.5), worked out once.
   */
  record Tx(Bytes raw, Address sender, int status, long gasUsed, Bytes32 postRoot,
      BatchEntry.Tx batchEntry) implements BlockEntry {
    public Tx(Bytes raw, Address sender, int status, long gasUsed, Bytes32 postRoot) {
      this(raw, sender, status, gasUsed, postRoot, BatchEntry.Tx.admitted(Objects.requireNonNull(raw, "raw")));
    }

    public Tx {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(postRoot, "postRoot");
      if (raw.isEmpty()) {
        throw new IllegalArgumentException("a transaction entry has at least one byte");
      }
      if (status != 0 && status != 1) {
        throw new IllegalArgumentException("status " + status);
      }
      if (!batchEntry.raw().equals(raw)) {
        throw new IllegalArgumentException("the batch entry is another transaction");
      }
    }

    /** {@code H(raw)}: the transaction hash (docs/protocol.md 5.4). */
    public Bytes32 hash() {
      return Keccak.hash(raw);
    }

    @Override
    public BatchEntry toBatchEntry() {
      return batchEntry;
    }

    @Override
    public int encodedSize() {
      return BatchCodec.entrySize(batchEntry);
    }
  }

  /** The next L1 queue item; {@code l1Block} is where the bridge emitted it. */
  record Queued(long queueIndex, QueueItem item, long l1Block, Bytes32 postRoot)
      implements BlockEntry {
    public Queued {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(postRoot, "postRoot");
      if (queueIndex < 0 || l1Block < 0) {
        throw new IllegalArgumentException("negative queue index or L1 block");
      }
    }

    @Override
    public BatchEntry toBatchEntry() {
      return new BatchEntry.QueueRef(queueIndex);
    }

    @Override
    public int encodedSize() {
      return BatchCodec.QUEUE_ENTRY_SIZE;
    }
  }
}
