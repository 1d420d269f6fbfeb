package dev.vigil.protocol.batch;

/**
 * Batch bytes the rollup contract refuses with {@code BadBatch(reason)} (docs/protocol.md 5.1).
 * Only a batch that was never appended can fail to decode, so this is an exception, not a value.
 */
public final class BatchFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Each rule of spec 5.1 that can be checked without L1 state, in the order {@link BatchCodec}
   * checks them. {@link #code()} is the {@code uint8} of the rollup's {@code BadBatch(reason)}
   * (contracts/src/libraries/BatchLib.sol): codes never change.
   */
  public enum Reason {
    /** {@code batch.length > MAX_BATCH_DATA}. */
    TOO_LARGE(1),
    /** Fewer than the 3 bytes of version and block count. */
    TRUNCATED_HEADER(2),
    /** The version byte is not {@code BATCH_VERSION}. */
    BAD_VERSION(3),
    /** {@code blockCount == 0}. */
    NO_BLOCKS(4),
    /** The block headers run past the end of the data. */
    TRUNCATED_BLOCKS(5),
    /** An entry's length prefix or bytes run past the end of the data. */
    TRUNCATED_ENTRY(6),
    /** The blocks' entry counts add up to 0. */
    NO_ENTRIES(7),
    /** The blocks' entry counts add up to more than {@code MAX_BATCH_ENTRIES}. */
    TOO_MANY_ENTRIES(8),
    /** The data ends before the announced entries do, or bytes remain after them. */
    ENTRY_COUNT_MISMATCH(9),
    /** A block's timestamp is below its predecessor's in the batch. */
    TIMESTAMP_DECREASES(10),
    /**
     * An entry's tag is none of {@code 0x00}, {@code 0x01}, {@code 0x02}, or a transaction entry
     * announces 0 bytes. Code 14: the contract's 11 to 13 are rules that need L1 state.
     */
    BAD_ENTRY(14);

    private final int code;

    Reason(int code) {
      this.code = code;
    }

    /** The contract's reason code. */
    public int code() {
      return code;
    }
  }

  private final Reason reason;

  public BatchFormatException(Reason reason, String detail) {
    super(reason + ": " + detail);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
