package dev.vigil.verifier.replay;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.queue.QueueItem;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Decodes the transactions of a batch and recovers their senders on a small pool, once per
 * transaction. Recovery (secp256k1) dominates replay time and does not depend on the state, so
 * it runs ahead of the strictly sequential apply loop, in chunks in batch order: the loop can
 * start on a batch's first entries while the later ones, and the next batch's, still recover.
 */
public final class SenderPool implements AutoCloseable {
  /**
   * Entries per pool task: enough to amortize a hand-off over dozens of recoveries, few enough
   * that the first chunk of a 1,024-entry batch is ready long before the whole batch.
   */
  static final int CHUNK = 64;

  private final ExecutorService pool;

  public SenderPool(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    AtomicInteger n = new AtomicInteger();
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "verifier-recover-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
  }

  /** Starts decoding and recovering the batch's transactions; returns at once. */
  public Recovery start(List<BatchEntry> entries) {
    return Recovery.start(entries, pool, CHUNK);
  }

  /**
   * The entries in batch order, ready to apply, once all are. {@code queueItems} must hold every
   * index the batch references (the deriver stores them from the bridge's events before the
   * batch).
   */
  public List<PreparedEntry> prepare(List<BatchEntry> entries, Map<Long, QueueItem> queueItems) {
    return List.copyOf(start(entries).resolve(queueItems));
  }

  /**
   * Runs other preparation of a batch ahead of its turn (fetching and decoding it) on the same
   * threads, queued behind the recoveries already started.
   */
  public <T> CompletableFuture<T> async(Supplier<T> work) {
    return CompletableFuture.supplyAsync(work, pool);
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
