package dev.vigil.bench.load;

import dev.vigil.devnet.rpc.JsonRpcClient;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One measured load run against one node: two short warm-up rounds (which also size the
 * pre-signed budget from the rate they reach), the pre-signing of the measured round on all
 * cores, the measured round itself, and the check that every accepted transaction is in the
 * node's latest state (each sender's final nonce).
 */
public final class LoadRun {
  /** Warm-up transactions per lane in the first, cold round. */
  private static final int COLD_PER_LANE = 20;
  /** The second warm-up round lasts about this long at the first round's rate. */
  private static final double WARM_SECONDS = 3;
  /** Pre-sign this many times what the warm rate would need: the warm node is faster. */
  private static final double HEADROOM = 2.5;
  /** Memory and signing-time bound on one measured round. */
  private static final long MAX_TOTAL = 600_000;

  /**
   * @param warmupTps the rate of the second warm-up round, which sized the budget
   * @param presigned transactions pre-signed for the measured round
   * @param signingRate signatures per second of that pre-signing (TxSigner, all cores)
   * @param noncesConfirmed every sender's latest nonce equals its start plus its accepted count
   */
  public record Outcome(LoadResult result, double warmupTps, long presigned, double signingRate,
      boolean noncesConfirmed, String nonceDetail) {}

  private LoadRun() {}

  public static Outcome measure(URI url, List<Sender> senders, TxFactory factory, Duration duration) {
    JsonRpcClient rpc = new JsonRpcClient(url);
    int lanes = senders.size();
    LoadResult cold = round(url, rpc, senders, factory, COLD_PER_LANE, Duration.ofSeconds(60));
    int warmPerLane = perLane(cold.tps() * WARM_SECONDS, lanes, 20);
    LoadResult warm = round(url, rpc, senders, factory, warmPerLane, Duration.ofSeconds(60));
    System.out.printf(Locale.ROOT, "bench: warm-up %s: %.0f then %.0f tx/s%n", url, cold.tps(), warm.tps());
    int perLane = perLane(Math.max(warm.tps(), cold.tps()) * duration.toSeconds() * HEADROOM, lanes, 64);
    long[] start = nonces(rpc, senders, "pending");
    Presigned txs = Presigned.sign(senders, start, perLane, factory);
    System.out.printf(Locale.ROOT, "bench: pre-signed %d transactions in %.1f s (%.0f/s); sending for %d s%n",
        txs.total(), txs.signingSeconds(), txs.signingRate(), duration.toSeconds());
    LoadResult main = LoadGenerator.run(url, txs, duration);
    long[] end = nonces(rpc, senders, "latest");
    String mismatch = "";
    for (int i = 0; i < lanes; i++) {
      long expected = start[i] + main.acceptedPerLane().get(i);
      if (end[i] != expected && mismatch.isEmpty()) {
        mismatch = "sender " + senders.get(i).address() + " latest nonce " + end[i] + ", expected " + expected;
      }
    }
    return new Outcome(main, warm.tps(), txs.total(), txs.signingRate(), mismatch.isEmpty(),
        mismatch.isEmpty() ? "all " + lanes + " senders' latest nonces match" : mismatch);
  }

  /** A warm-up round: every lane sends all of its transactions (bounded by {@code limit}). */
  private static LoadResult round(URI url, JsonRpcClient rpc, List<Sender> senders, TxFactory factory,
      int perLane, Duration limit) {
    Presigned txs = Presigned.sign(senders, nonces(rpc, senders, "pending"), perLane, factory);
    LoadResult r = LoadGenerator.run(url, txs, limit);
    if (r.refused() > 0) {
      throw new IllegalStateException("the node at " + url + " refused a warm-up transaction: " + r.firstError());
    }
    return r;
  }

  private static int perLane(double total, int lanes, int floor) {
    long capped = Math.min(MAX_TOTAL, (long) Math.ceil(total));
    return (int) Math.max(floor, (capped + lanes - 1) / lanes);
  }

  /** Each sender's transaction count at {@code tag} ("pending" or "latest"). */
  public static long[] nonces(JsonRpcClient rpc, List<Sender> senders, String tag) {
    long[] n = new long[senders.size()];
    for (int i = 0; i < n.length; i++) {
      n[i] = rpc.quantity("eth_getTransactionCount", senders.get(i).address().toHex(), tag).longValueExact();
    }
    return n;
  }
}
