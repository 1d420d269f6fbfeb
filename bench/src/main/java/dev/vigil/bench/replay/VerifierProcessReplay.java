package dev.vigil.bench.replay;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.bench.load.CpuWatch;
import dev.vigil.bench.report.Metric;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.bench.rig.Poll;
import dev.vigil.bench.rig.ShutdownGuard;
import dev.vigil.devnet.process.ChildJvm;
import dev.vigil.devnet.process.ChildSpec;
import dev.vigil.devnet.process.FreePort;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.node.l1.RollupContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Starts a fresh verifier (the verifier CLI, its own LevelDB) on the rig's L1 after every batch
 * is posted, and times it through its RPC (polled every 20 ms) until it has verified them all.
 * The rate counts the entries of the batches verified after the first poll that saw progress,
 * over the time from that poll to the last: derivation from L1 (log scans, calldata fetch,
 * decoding) plus replay, without the JVM's start.
 */
public final class VerifierProcessReplay {
  private static final long POLL_MS = 20;
  private static final Duration BOUND = Duration.ofMinutes(5);
  private static final List<String> JVM = List.of("-Xmx2g", "-XX:+ExitOnOutOfMemoryError");
  /**
   * Extra options for the verifier's JVM, split on blanks and added after the defaults (so they
   * win): e.g. {@code -XX:StartFlightRecording=filename=verifier.jfr} to profile the replay.
   */
  public static final String JVM_OPTS_ENV = "VIGIL_VERIFIER_JVM_OPTS";

  private VerifierProcessReplay() {}

  public static List<Metric> run(L2Rig rig, List<Integer> entryCounts) {
    int batches = entryCounts.size();
    List<String> args = List.of("--l1-url", rig.l1Url().toString(),
        "--rollup", rig.deployment().rollup().toHex(),
        "--data-dir", rig.dir().resolve("verifier").toString(),
        "--rpc-host", "127.0.0.1", "--rpc-port", Integer.toString(FreePort.pick()),
        "--poll-ms", "50", "--name", "bench-verifier");
    ChildSpec spec = new ChildSpec("verifier", "dev.vigil.verifier.Main", args,
        jvmOptions(System.getenv(JVM_OPTS_ENV)), rig.dir().resolve("logs").resolve("verifier.log"),
        "VIGIL_VERIFIER_READY", Duration.ofSeconds(90));
    long launch = System.nanoTime();
    ChildJvm verifier = ChildJvm.start(spec);
    ShutdownGuard guard = ShutdownGuard.of(verifier::stop, "verifier");
    try {
      JsonRpcClient rpc = new JsonRpcClient(verifier.rpcUrl());
      long[] first = {-1, 0};
      CpuWatch cpu = new CpuWatch(Map.of("verifier", verifier.pid()));
      long done = Poll.until(() -> {
        JsonNode s = rpc.call("rollup_status");
        if (!s.path("agree").asBoolean(true)) {
          throw new IllegalStateException("the verifier disagrees: " + s.path("disagreement"));
        }
        long verified = s.path("batchesVerified").asLong();
        if (verified > 0 && first[0] < 0) {
          cpu.start();
          first[0] = System.nanoTime();
          first[1] = verified;
        }
        return verified >= batches;
      }, POLL_MS, BOUND, "the verifier replaying " + batches + " batches");
      long entries = entryCounts.stream().skip(first[1]).mapToLong(Integer::longValue).sum();
      long total = entryCounts.stream().mapToLong(Integer::longValue).sum();
      double seconds = (done - first[0]) / 1e9;
      String cpuUse = cpu.stop(entries);
      List<Metric> out = new ArrayList<>();
      if (entries > 0 && seconds > 0) {
        out.add(Metric.of("replay.process.tps", "verifier process, derived from L1", entries / seconds,
            "tx/s", String.format(Locale.ROOT, "%d entries of batches %d..%d in %.2f s (L1 fetch + replay);"
                + " CPU: %s", entries, first[1], batches - 1, seconds, cpuUse)));
      } else {
        out.add(Metric.notAvailable("replay.process.tps", "verifier process, derived from L1",
            "all " + batches + " batches were verified before the first poll"));
      }
      out.add(Metric.of("replay.process.wallS", "verifier process, launch to all verified",
          (done - launch) / 1e9, "s", total + " entries in " + batches + " batches, JVM start included"));
      return out;
    } finally {
      guard.release();
      verifier.stop();
    }
  }

  /** The default JVM options followed by {@code extra} (blank-separated; null or blank for none). */
  static List<String> jvmOptions(String extra) {
    List<String> options = new ArrayList<>(JVM);
    if (extra != null && !extra.isBlank()) {
      options.addAll(List.of(extra.trim().split("\\s+")));
    }
    return options;
  }

  /** The entry count of every batch on L1, in order. */
  public static List<Integer> entryCounts(L2Rig rig) {
    RollupContract rollup = rig.deployment().rollupContract(rig.l1());
    long n = rollup.batchCount();
    List<Integer> counts = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      counts.add(rollup.getBatch(i).entryCount());
    }
    return counts;
  }
}
