package dev.vigil.sequencer;

import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.util.concurrent.Callable;

/**
 * Runs a blocking round (an L1 poll, a batch post) on a Vert.x worker, again and again: after
 * {@code intervalMs}, at once when the round says more work is waiting, and with a doubling
 * backoff (up to {@code maxBackoffMs}) while it fails, logging each failure on one line. The
 * rounds never overlap.
 */
public final class PollLoop {
  private static final System.Logger LOG = System.getLogger(PollLoop.class.getName());

  private final Vertx vertx;
  private final String name;
  private final long intervalMs;
  private final long maxBackoffMs;
  private final Callable<Boolean> round;
  private volatile boolean stopped;
  private int failures;

  /** {@code round} returns true when more work is already waiting. */
  public PollLoop(Vertx vertx, String name, long intervalMs, long maxBackoffMs, Callable<Boolean> round) {
    if (intervalMs < 1 || maxBackoffMs < intervalMs) {
      throw new IllegalArgumentException(name + ": interval " + intervalMs + " ms, backoff " + maxBackoffMs);
    }
    this.vertx = vertx;
    this.name = name;
    this.intervalMs = intervalMs;
    this.maxBackoffMs = maxBackoffMs;
    this.round = round;
  }

  public void start() {
    schedule(intervalMs);
  }

  public void stop() {
    stopped = true;
  }

  private void schedule(long delayMs) {
    if (stopped) {
      return;
    }
    vertx.setTimer(Math.max(1, delayMs), id -> {
      if (stopped) {
        return;
      }
      vertx.executeBlocking(round, false).onComplete(ar -> {
        if (ar.succeeded()) {
          schedule(succeeded(ar.result()));
        } else {
          schedule(failed(ar.cause()));
        }
      });
    });
  }

  private long succeeded(boolean more) {
    if (failures > 0) {
      LOG.log(Level.INFO, name + ": working again after " + failures + " failed attempt(s)");
      failures = 0;
    }
    return more ? 1 : intervalMs;
  }

  private long failed(Throwable cause) {
    failures++;
    long delay = intervalMs;
    for (int i = 1; i < failures && delay < maxBackoffMs; i++) {
      delay *= 2;
    }
    delay = Math.min(delay, maxBackoffMs);
    LOG.log(Level.WARNING, name + ": attempt failed (" + describe(cause) + "); retrying in " + delay + " ms");
    return delay;
  }

  /** The failure's own message: the node's L1 errors already name the method, the URL and why. */
  static String describe(Throwable t) {
    String message = t.getMessage();
    return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
