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
   * (contracts/src/libraries/BatchLib.sol): never reorder, only append.
   */
  public enum Reason {
    /** {@code batch.length > MAX_BATCH_DATA}. */
    TOO_LARGE,
    /** Fewer than the 3 bytes of version and block count. */
    TRUNCATED_HEADER,
    /** The version byte is not {@code BATCH_VERSION}. */
    BAD_VERSION,
    /** {@code blockCount == 0}. */
    NO_BLOCKS,
    /** The block headers run past the end of the data. */
    TRUNCATED_BLOCKS,
    /** An entry's length prefix or bytes run past the end of the data. */
    TRUNCATED_ENTRY,
    /** The blocks' entry counts add up to 0. */
    NO_ENTRIES,
    /** The blocks' entry counts add up to more than {@code MAX_BATCH_ENTRIES}. */
    TOO_MANY_ENTRIES,
    /** The data ends before the announced entries do, or bytes remain after them. */
    ENTRY_COUNT_MISMATCH,
    /** A block's timestamp is below its predecessor's in the batch. */
    TIMESTAMP_DECREASES;

    /** The contract's reason code, {@code ordinal() + 1}. */
    public int code() {
      return ordinal() + 1;
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
