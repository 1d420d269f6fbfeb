package dev.vigil.verifier.replay;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * A batch's transactions being decoded and their senders recovered on the {@link SenderPool},
 * one task per chunk of consecutive entries, submitted in batch order.
 */
public final class Recovery {
  private final List<BatchEntry> entries;
  private final int chunk;
  private final List<CompletableFuture<PreparedEntry[]>> chunks;

  private Recovery(List<BatchEntry> entries, int chunk, List<CompletableFuture<PreparedEntry[]>> chunks) {
    this.entries = entries;
    this.chunk = chunk;
    this.chunks = chunks;
  }

  static Recovery start(List<BatchEntry> entries, Executor pool, int chunk) {
    List<BatchEntry> copy = List.copyOf(entries);
    List<CompletableFuture<PreparedEntry[]>> chunks = new ArrayList<>();
    for (int from = 0; from < copy.size(); from += chunk) {
      List<BatchEntry> part = copy.subList(from, Math.min(copy.size(), from + chunk));
      chunks.add(CompletableFuture.supplyAsync(() -> prepareAll(part), pool));
    }
    return new Recovery(copy, chunk, chunks);
  }

  /**
   * The entries in batch order, ready to apply: queue references are resolved against
   * {@code queueItems} now (every index the batch references must be there); a transaction
   * entry is returned once its chunk is recovered, so reading the list in order waits only for
   * what is not ready yet.
   */
  public List<PreparedEntry> resolve(Map<Long, QueueItem> queueItems) {
    PreparedEntry[] queued = new PreparedEntry[entries.size()];
    for (int i = 0; i < queued.length; i++) {
      if (entries.get(i) instanceof BatchEntry.QueueRef ref) {
        QueueItem item = queueItems.get(ref.queueIndex());
        if (item == null) {
          throw new IllegalStateException("queue item " + ref.queueIndex() + " is not known");
        }
        queued[i] = new PreparedEntry.Queued(ref, item);
      }
    }
    return new Prepared(queued);
  }

  private static PreparedEntry[] prepareAll(List<BatchEntry> part) {
    PreparedEntry[] out = new PreparedEntry[part.size()];
    for (int i = 0; i < out.length; i++) {
      if (part.get(i) instanceof BatchEntry.Tx tx) {
        out[i] = prepareTx(tx);
      }
    }
    return out;
  }

  private static PreparedEntry prepareTx(BatchEntry.Tx entry) {
    TxDecoding decoding = TxDecoder.decode(entry.raw());
    if (decoding instanceof TxDecoding.Ok ok) {
      return new PreparedEntry.Tx(entry, ok.tx(), SenderRecovery.recover(ok.tx()));
    }
    return new PreparedEntry.MalformedTx(entry, ((TxDecoding.Malformed) decoding).reason());
  }

  private PreparedEntry[] chunkOf(int index) {
    try {
      return chunks.get(index / chunk).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** The immutable view {@link #resolve} returns. */
  private final class Prepared extends AbstractList<PreparedEntry> implements RandomAccess {
    private final PreparedEntry[] queued;

    Prepared(PreparedEntry[] queued) {
      this.queued = queued;
    }

    @Override
    public PreparedEntry get(int index) {
      PreparedEntry q = queued[index];
      return q != null ? q : chunkOf(index)[index % chunk];
    }

    @Override
    public int size() {
      return queued.length;
    }
  }
}
