package dev.vigil.bench.rig;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling: waits until a condition holds, or throws saying what never happened. */
public final class Poll {
  private Poll() {}

  /** Polls {@code condition} every {@code everyMs}; returns the nanoTime at which it held. */
  public static long until(BooleanSupplier condition, long everyMs, Duration bound, String what) {
    long deadline = System.nanoTime() + bound.toNanos();
    while (true) {
      if (condition.getAsBoolean()) {
        return System.nanoTime();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " did not happen within " + bound.toSeconds() + " s");
      }
      sleep(everyMs);
    }
  }

  public static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
