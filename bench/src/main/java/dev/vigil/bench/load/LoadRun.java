package dev.vigil.bench.load;

import dev.vigil.bench.rig.Poll;
import dev.vigil.devnet.rpc.JsonRpcClient;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
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
  /**
   * The second warm-up round runs this long. With a round sized for 5 s at the cold rate, the
   * sequencer's JIT (C2) still took half of its CPU during the measured round on a busy machine,
   * which doubled its CPU per transfer; the node should be measured warm.
   */
  private static final Duration WARM = Duration.ofSeconds(15);
  /** The second round is signed for this many times the cold rate, so it lasts its whole time. */
  private static final double WARM_GROWTH = 3;
  /**
   * Pre-sign this many times what the warm-up rate would need: the node may still get faster.
   * Since the warm-up runs for 15 s the measured rate stays within about 1.5 times the warm one;
   * signing is slow (TxSigner, about 0.5 to 3k signatures/s here), so more would cost minutes.
   */
  private static final double HEADROOM = 2;
  /** Memory and signing-time bound on one measured round. */
  private static final long MAX_TOTAL = 200_000;
  private static final long MINED_POLL_MS = 50;
  private static final Duration WARMUP_BOUND = Duration.ofSeconds(60);
  private static final Duration MINED_BOUND = Duration.ofMinutes(3);

  /**
   * @param warmupTps the rate of the second warm-up round, which sized the budget
   * @param presigned transactions pre-signed for the measured round
   * @param signingRate signatures per second of that pre-signing (TxSigner, all cores)
   * @param cpu CPU use of the processes involved during the measured round
   * @param includedTps accepted transactions per second, counted until the last one is in the
   *     node's latest state (every sender's latest nonce equals its start plus its accepted count)
   */
  public record Outcome(LoadResult result, double includedTps, double includedSeconds, double warmupTps,
      long presigned, double signingRate, String cpu, String inclusion) {}

  private LoadRun() {}

  /**
   * Measures {@code duration} of load. {@code flush} is called while accepted transactions wait
   * unmined after a round (Anvil's automine leaves the ones that arrived while it was mining in its
   * pool until the next transaction comes; an {@code evm_mine} includes them); the clock runs
   * until they are mined.
   */
  public static Outcome measure(URI url, List<Sender> senders, TxFactory factory, Duration duration,
      Runnable flush, CpuWatch cpu) {
    return measure(url, senders, factory, duration, flush, cpu, 1);
  }

  /** As above, with {@code perRequest} transactions in each request (a JSON-RPC batch). */
  public static Outcome measure(URI url, List<Sender> senders, TxFactory factory, Duration duration,
      Runnable flush, CpuWatch cpu, int perRequest) {
    JsonRpcClient rpc = new JsonRpcClient(url);
    int lanes = senders.size();
    LoadResult cold = round(url, rpc, senders, factory, Math.max(COLD_PER_LANE, perRequest), flush, perRequest,
        WARMUP_BOUND);
    int warmPerLane = perLane(cold.tps() * WARM.toSeconds() * WARM_GROWTH, lanes, 20);
    LoadResult warm = round(url, rpc, senders, factory, warmPerLane, flush, perRequest, WARM);
    System.out.printf(Locale.ROOT, "bench: warm-up %s: %.0f then %.0f tx/s%n", url, cold.tps(), warm.tps());
    int perLane = perLane(Math.max(warm.tps(), cold.tps()) * duration.toSeconds() * HEADROOM, lanes, 64);
    long[] start = nonces(rpc, senders, "pending");
    Presigned txs = Presigned.sign(senders, start, perLane, factory);
    System.out.printf(Locale.ROOT, "bench: pre-signed %d transactions in %.1f s (%.0f/s); sending for %d s%n",
        txs.total(), txs.signingSeconds(), txs.signingRate(), duration.toSeconds());
    long t0 = System.nanoTime();
    cpu.start();
    LoadResult main = LoadGenerator.run(url, txs, duration, perRequest);
    String cpuUse = cpu.stop(main.accepted());
    long[] expected = new long[lanes];
    for (int i = 0; i < lanes; i++) {
      expected[i] = start[i] + main.acceptedPerLane().get(i);
    }
    long backlog = Arrays.stream(expected).sum() - Arrays.stream(nonces(rpc, senders, "latest")).sum();
    double includedSeconds = main.seconds();
    if (backlog != 0) {
      long minedAt = awaitMined(rpc, senders, expected, flush, url);
      includedSeconds = Math.max(main.seconds(), (minedAt - t0) / 1e9);
    }
    return new Outcome(main, main.accepted() / includedSeconds, includedSeconds, warm.tps(), txs.total(),
        txs.signingRate(), cpuUse, backlog == 0 ? "every accepted transaction was in the latest state when answered"
            : String.format(Locale.ROOT, "%d accepted but unmined at the end, all mined %.2f s after the start",
                backlog, includedSeconds));
  }

  /** Polls (flushing) until every sender's latest nonce is {@code expected}; returns when. */
  private static long awaitMined(JsonRpcClient rpc, List<Sender> senders, long[] expected, Runnable flush,
      URI url) {
    return Poll.until(() -> {
      flush.run();
      return Arrays.equals(nonces(rpc, senders, "latest"), expected);
    }, MINED_POLL_MS, MINED_BOUND, "mining every accepted transaction at " + url);
  }

  /** A warm-up round: every lane sends its transactions until they run out or {@code limit} is up. */
  private static LoadResult round(URI url, JsonRpcClient rpc, List<Sender> senders, TxFactory factory,
      int perLane, Runnable flush, int perRequest, Duration limit) {
    long[] start = nonces(rpc, senders, "pending");
    Presigned txs = Presigned.sign(senders, start, perLane, factory);
    LoadResult r = LoadGenerator.run(url, txs, limit, perRequest);
    if (r.refused() > 0) {
      throw new IllegalStateException("the node at " + url + " refused a warm-up transaction: " + r.firstError());
    }
    // A backlog the node accepted but has not mined yet would be mined during the measured round.
    long[] expected = new long[start.length];
    for (int i = 0; i < start.length; i++) {
      expected[i] = start[i] + r.acceptedPerLane().get(i);
    }
    awaitMined(rpc, senders, expected, flush, url);
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
