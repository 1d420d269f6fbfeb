package dev.vigil.protocol.batch;

/**
 * An L2 block as a batch announces it (docs/protocol.md 5.1): {@code u64(timestamp) ||
 * u16(entryCount)}; the block holds the next {@code entryCount} entries of the batch.
 *
 * @param timestamp seconds, an unsigned 64-bit value (compare with {@link Long#compareUnsigned})
 * @param entryCount {@code 0..65535}; a block may be empty
 */
public record BlockSpec(long timestamp, int entryCount) {
  public static final int MAX_ENTRY_COUNT = 0xffff;

  public BlockSpec {
    if (entryCount < 0 || entryCount > MAX_ENTRY_COUNT) {
      throw new IllegalArgumentException("entry count out of u16 range: " + entryCount);
    }
  }
}
