package dev.vigil.verifier;

import dev.vigil.node.l1.L1Exception;
import dev.vigil.node.storage.StorageException;
import dev.vigil.verifier.derive.L1InconsistencyException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@link Verifier#step()} on its own thread every poll interval. An L1 that cannot be
 * reached is logged and retried with {@link Backoff} (the RPC keeps serving the last state); an
 * inconsistent L1 or a storage failure is fatal and handed to {@code onFatal} once.
 */
public final class DerivationLoop implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(DerivationLoop.class.getName());
  private static final long MAX_BACKOFF_MS = 30_000;

  private final Verifier verifier;
  private final String l1Name;
  private final Backoff backoff;
  private final Consumer<RuntimeException> onFatal;
  private final ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
    Thread t = new Thread(r, "verifier-derive");
    t.setDaemon(true);
    return t;
  });

  public DerivationLoop(Verifier verifier, String l1Name, long pollMs,
      Consumer<RuntimeException> onFatal) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.l1Name = Objects.requireNonNull(l1Name, "l1Name");
    this.backoff = new Backoff(pollMs, Math.max(pollMs, MAX_BACKOFF_MS));
    this.onFatal = Objects.requireNonNull(onFatal, "onFatal");
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  public void start() {
    thread.execute(this::poll);
  }

  private void poll() {
    try {
      verifier.step();
      int ended = backoff.succeeded();
      if (ended > 0) {
        LOG.log(Level.INFO, String.format("L1 %s answers again after %d failed polls", l1Name,
            ended));
      }
    } catch (L1InconsistencyException | StorageException e) {
      LOG.log(Level.ERROR, "FATAL: derivation stopped: " + e.getMessage(), e);
      onFatal.accept(e);
      return;
    } catch (L1Exception e) {
      backoff.failed();
      LOG.log(Level.WARNING, String.format("L1 unavailable: %s; retry %d in %d ms", e.getMessage(),
          backoff.failures(), backoff.delayMs()));
    } catch (RuntimeException e) {
      // Not an L1 error: worth a stack trace, and a retry (the state is untouched on failure).
      backoff.failed();
      LOG.log(Level.WARNING, String.format("derivation step failed (L1 %s); retry %d in %d ms",
          l1Name, backoff.failures(), backoff.delayMs()), e);
    }
    schedule(backoff.delayMs());
  }

  private void schedule(long delayMs) {
    try {
      thread.schedule(this::poll, delayMs, TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      // Closed while this poll ran: nothing more to do.
    }
  }

  /** Stops polling and waits (bounded) for a step in progress to finish its writes. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      thread.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
