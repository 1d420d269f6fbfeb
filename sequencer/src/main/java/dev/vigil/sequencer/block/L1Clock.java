package dev.vigil.sequencer.block;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The time L2 blocks are stamped with. The rollup refuses a batch with a block timestamp above
 * the L1 {@code block.timestamp} (docs/protocol.md 5.1), and an idle L1 (an automining Anvil, a
 * chain between slots) can lag the wall clock by seconds; so a block is stamped with the wall
 * clock, but never later than the newest L1 block seen. The block builder adds the other rule:
 * never below the parent's timestamp.
 */
public final class L1Clock implements LongSupplier {
  private final AtomicLong l1Timestamp = new AtomicLong();
  private final LongSupplier wallSeconds;

  public L1Clock(LongSupplier wallSeconds) {
    this.wallSeconds = wallSeconds;
  }

  /** The wall clock in seconds. */
  public static L1Clock system() {
    return new L1Clock(() -> System.currentTimeMillis() / 1000);
  }

  /** Records the timestamp of an L1 block just read; the clock never goes back. */
  public void observe(long timestamp) {
    l1Timestamp.accumulateAndGet(timestamp, Math::max);
  }

  /** The newest L1 timestamp seen (0 before any). */
  public long l1Timestamp() {
    return l1Timestamp.get();
  }

  /** The timestamp for a block sealed now: {@code min(wall clock, newest L1 timestamp)}. */
  @Override
  public long getAsLong() {
    return Math.min(wallSeconds.getAsLong(), l1Timestamp.get());
  }
}
