package dev.vigil.protocol.batch;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.Objects;

/**
 * One entry of a batch (docs/protocol.md 5.1): an L2 transaction, raw or compact, or the next
 * queue item.
 */
public sealed interface BatchEntry {
  /** The most bytes a raw entry's {@code u16} length can announce. */
  int MAX_ENTRY_LENGTH = 0xffff;
  /** The most bytes a compact entry's {@code u8} length can announce. */
  int MAX_COMPACT_LENGTH = 0xff;

  /** The entry's leaf in the batch's entries tree (spec 5.2). */
  Bytes32 leaf();

  /**
   * A transaction entry. {@code raw} is what executes; {@code compact} is empty for a raw entry
   * (tag {@code 0x01}), else the compact bytes as posted (tag {@code 0x02}, spec 3.5), and
   * {@code raw} is then their expansion under the rollup's chain id, or empty bytes when they do
   * not expand: empty bytes are malformed too, so the entry is the same no-op. The bytes are
   * never checked on L1: malformed or oversized bytes are a valid entry, so only the wire's own
   * limits apply here.
   */
  record Tx(Bytes raw, Bytes compact) implements BatchEntry {
    public Tx {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(compact, "compact");
      if (compact.isEmpty() ? raw.isEmpty() || raw.length() > MAX_ENTRY_LENGTH
          : compact.length() > MAX_COMPACT_LENGTH || raw.length() > ProtocolLimits.MAX_TX_SIZE) {
        // length 0 on the wire is refused (BadBatch)
        throw new IllegalArgumentException("transaction entry of " + raw.length() + " raw, "
            + compact.length() + " compact bytes");
      }
    }

    /** A raw entry. */
    public Tx(Bytes raw) {
      this(raw, Bytes.EMPTY);
    }

    /**
     * The entry a sequencer posts for {@code raw} on the chain {@code chainId}: compact when
     * that form expands back to {@code raw} byte for byte, else raw.
     */
    public static Tx of(Bytes raw, long chainId) {
      return CompactTx.compact(raw, chainId).map(c -> new Tx(raw, c)).orElseGet(() -> new Tx(raw));
    }

    /**
     * {@link #of} for a transaction the sequencer admitted, whose signed chain id is the rollup's
     * (admission refuses any other): compact under its own chain id.
     */
    public static Tx admitted(Bytes raw) {
      return CompactTx.compactOwnChain(raw).map(c -> new Tx(raw, c)).orElseGet(() -> new Tx(raw));
    }

    /** A compact entry as read from a batch of the chain {@code chainId}. */
    public static Tx fromCompact(Bytes compact, long chainId) {
      if (compact.isEmpty()) {
        throw new IllegalArgumentException("an empty compact entry");
      }
      return new Tx(CompactTx.expand(compact, chainId).orElse(Bytes.EMPTY), compact);
    }

    public boolean isCompact() {
      return !compact.isEmpty();
    }

    /** The leaf's preimage: {@code 0x00 || raw}, or {@code 0x02 || compact} (6.1's {@code entry}). */
    public Bytes leafPreimage() {
      return isCompact() ? Bytes.concat(Bytes.of((byte) 0x02), compact) : Bytes.concat(Bytes.of((byte) 0x00), raw);
    }

    /** {@code H(0x00 || raw)} or {@code H(0x02 || compact)}. */
    @Override
    public Bytes32 leaf() {
      return isCompact()
          ? Keccak.hash(new byte[] {0x02}, compact.unsafeArray())
          : Keccak.hash(new byte[] {0x00}, raw.unsafeArray());
    }
  }

  /** A reference to queue item {@code queueIndex}; on the wire just the tag {@code 0x00}. */
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
