package dev.vigil.verifier.replay;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Decodes the transactions of a batch and recovers their senders on a small pool, once per
 * transaction. Recovery (secp256k1) dominates replay time and does not depend on the state, so
 * it runs before, and in parallel with itself, the strictly sequential apply loop.
 */
public final class SenderPool implements AutoCloseable {
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

  /**
   * The entries in batch order, ready to apply. {@code queueItems} must hold every index the
   * batch references (the deriver stores them from the bridge's events before the batch).
   */
  public List<PreparedEntry> prepare(List<BatchEntry> entries, Map<Long, QueueItem> queueItems) {
    List<CompletableFuture<PreparedEntry>> futures = new ArrayList<>(entries.size());
    for (BatchEntry entry : entries) {
      if (entry instanceof BatchEntry.Tx tx) {
        futures.add(CompletableFuture.supplyAsync(() -> prepareTx(tx), pool));
      } else {
        BatchEntry.QueueRef ref = (BatchEntry.QueueRef) entry;
        QueueItem item = queueItems.get(ref.queueIndex());
        if (item == null) {
          throw new IllegalStateException("queue item " + ref.queueIndex() + " is not known");
        }
        futures.add(CompletableFuture.completedFuture(new PreparedEntry.Queued(ref, item)));
      }
    }
    List<PreparedEntry> prepared = new ArrayList<>(futures.size());
    for (CompletableFuture<PreparedEntry> f : futures) {
      prepared.add(f.join());
    }
    return prepared;
  }

  private static PreparedEntry prepareTx(BatchEntry.Tx entry) {
    TxDecoding decoding = TxDecoder.decode(entry.raw());
    if (decoding instanceof TxDecoding.Ok ok) {
      return new PreparedEntry.Tx(entry, ok.tx(), SenderRecovery.recover(ok.tx()));
    }
    return new PreparedEntry.MalformedTx(entry, ((TxDecoding.Malformed) decoding).reason());
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
