package dev.vigil.protocol.batch;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.Objects;

/** One entry of a batch (docs/protocol.md 5.1): a raw L2 transaction or the next queue item. */
public sealed interface BatchEntry {
  /** The most bytes a {@code u24} length can announce. */
  int MAX_ENTRY_LENGTH = 0xffffff;

  /** The entry's leaf in the batch's entries tree (spec 5.2). */
  Bytes32 leaf();

  /**
   * A raw transaction entry. Its bytes are never checked on L1: malformed or oversized bytes are
   * a valid entry that executes as a no-op, so only the wire's own limits apply here.
   */
  record Tx(Bytes raw) implements BatchEntry {
    public Tx {
      Objects.requireNonNull(raw, "raw");
      if (raw.isEmpty() || raw.length() > MAX_ENTRY_LENGTH) {
        // length 0 on the wire means a queue reference
        throw new IllegalArgumentException("transaction entry of " + raw.length() + " bytes");
      }
    }

    /** {@code H(0x00 || txBytes)}. */
    @Override
    public Bytes32 leaf() {
      return Keccak.hash(new byte[] {0x00}, raw.unsafeArray());
    }
  }

  /** A reference to queue item {@code queueIndex}; on the wire just {@code u24(0)}. */
  record QueueRef(long queueIndex) implements BatchEntry {
    public QueueRef {
      if (queueIndex < 0) {
        throw new IllegalArgumentException("negative queue index: " + queueIndex);
      }
    }

    /** {@code H(0x01 || u64(queueIndex))}. */
    @Override
    public Bytes32 leaf() {
      byte[] b = new byte[9];
      b[0] = 0x01;
      for (int i = 0; i < 8; i++) {
        b[8 - i] = (byte) (queueIndex >>> (8 * i));
      }
      return Keccak.hash(b);
    }
  }
}
