package dev.vigil.bench.load;

import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Pre-signed transactions, one list per lane (one sender each), nonces consecutive from each
 * sender's given start, with each one's nonce. Signing runs on all cores before any clock starts.
 */
public final class Presigned {
  private final List<Sender> senders;
  private final List<List<Bytes>> txs;
  private final long[] startNonces;
  private final double signingSeconds;

  private Presigned(List<Sender> senders, List<List<Bytes>> txs, long[] startNonces, double signingSeconds) {
    this.senders = List.copyOf(senders);
    this.txs = txs;
    this.startNonces = startNonces.clone();
    this.signingSeconds = signingSeconds;
  }

  /** Signs {@code perLane} transactions for each sender from nonce {@code startNonces[i]}. */
  public static Presigned sign(List<Sender> senders, long[] startNonces, int perLane, TxFactory factory) {
    if (startNonces.length != senders.size() || perLane < 1) {
      throw new IllegalArgumentException("one start nonce per sender, perLane >= 1");
    }
    long t0 = System.nanoTime();
    int threads = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Bytes>>> lanes = new ArrayList<>();
      for (int i = 0; i < senders.size(); i++) {
        Sender s = senders.get(i);
        long start = startNonces[i];
        lanes.add(pool.submit(() -> signLane(s, start, perLane, factory)));
      }
      List<List<Bytes>> out = new ArrayList<>();
      for (Future<List<Bytes>> f : lanes) {
        out.add(f.get(30, TimeUnit.MINUTES));
      }
      return new Presigned(senders, out, startNonces, (System.nanoTime() - t0) / 1e9);
    } catch (Exception e) {
      throw new IllegalStateException("pre-signing failed: " + e, e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Bytes> signLane(Sender s, long start, int n, TxFactory factory) {
    List<Bytes> lane = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      lane.add(factory.sign(s, start + k));
    }
    return lane;
  }

  public List<Sender> senders() {
    return senders;
  }

  public int lanes() {
    return txs.size();
  }

  /** Lane {@code i}'s signed transactions, in nonce order. */
  List<Bytes> lane(int i) {
    return txs.get(i);
  }

  /** The nonce of lane {@code i}'s first transaction. */
  long startNonce(int i) {
    return startNonces[i];
  }

  public long total() {
    return txs.stream().mapToLong(List::size).sum();
  }

  public double signingSeconds() {
    return signingSeconds;
  }

  /** Signatures per second of this pre-signing (all cores). */
  public double signingRate() {
    return total() / Math.max(signingSeconds, 1e-9);
  }
}
