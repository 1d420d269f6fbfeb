package dev.vigil.sequencer;

import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;

/** Small helpers of process start and stop: bounded retries, quiet shutdown steps. */
final class Startup {
  private static final System.Logger LOG = System.getLogger(Startup.class.getName());
  /** How long startup waits for L1 before giving up. */
  static final long L1_WAIT_MS = 60_000;

  private Startup() {}

  /** Runs {@code step}, retrying with a doubling pause for up to a minute, then rethrows. */
  static <T> T retry(String what, Callable<T> step) throws Exception {
    long deadline = System.currentTimeMillis() + L1_WAIT_MS;
    long pause = 250;
    while (true) {
      try {
        return step.call();
      } catch (RuntimeException e) {
        if (System.currentTimeMillis() + pause > deadline) {
          throw new IllegalStateException(what + " failed for " + L1_WAIT_MS / 1000 + " s: " + e.getMessage(), e);
        }
        LOG.log(Level.WARNING, what + " failed (" + e.getMessage() + "); retrying in " + pause + " ms");
        Thread.sleep(pause);
        pause = Math.min(pause * 2, 5_000);
      }
    }
  }

  /** A shutdown step whose failure is logged, so the later steps (closing the store) still run. */
  interface Step {
    void run() throws Exception;
  }

  static void quietly(String what, Step step) {
    try {
      step.run();
    } catch (Exception e) {
      LOG.log(Level.WARNING, what + " failed: " + e);
    }
  }
}
