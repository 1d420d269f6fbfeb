package dev.vigil.protocol.batch;

/**
 * Batch bytes the rollup contract refuses with {@code BadBatch(reason)} (docs/protocol.md 5.1).
 * Only a batch that was never appended can fail to decode, so this is an exception, not a value.
 */
public final class BatchFormatException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Each rule of spec 5.1 that can be checked without L1 state. */
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
    /** No entry after the block headers. */
    NO_ENTRIES,
    /** More than {@code MAX_BATCH_ENTRIES} entries. */
    TOO_MANY_ENTRIES,
    /** The blocks' entry counts do not add up to the number of entries. */
    ENTRY_COUNT_MISMATCH,
    /** A block's timestamp is below its predecessor's in the batch. */
    TIMESTAMP_DECREASES
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
