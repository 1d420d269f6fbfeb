package dev.vigil.protocol.batch;

/** Size limits fixed by the protocol (docs/protocol.md 1); the rollup contract enforces them. */
public final class ProtocolLimits {
  /** The first byte of every batch. */
  public static final int BATCH_VERSION = 0x02;
  /** Most entries in one batch. */
  public static final int MAX_BATCH_ENTRIES = 1024;
  /** Most bytes in the whole {@code batch} argument of {@code appendBatch}. */
  public static final int MAX_BATCH_DATA = 131072;
  /** Most bytes in one raw L2 transaction (longer ones are malformed). */
  public static final int MAX_TX_SIZE = 4096;

  private ProtocolLimits() {}
}
