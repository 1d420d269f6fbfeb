package dev.vigil.bench;

import dev.vigil.bench.cost.L1Cost;
import dev.vigil.bench.cost.TokenTransfers;
import dev.vigil.bench.devnet.DevnetTimings;
import dev.vigil.bench.fraud.FraudProofs;
import dev.vigil.bench.ingest.AnvilBaseline;
import dev.vigil.bench.ingest.IngestMetrics;
import dev.vigil.bench.load.CpuWatch;
import dev.vigil.bench.load.LoadRun;
import dev.vigil.bench.load.Sender;
import dev.vigil.bench.micro.MicroBenchmarks;
import dev.vigil.bench.replay.InProcessReplay;
import dev.vigil.bench.replay.VerifierProcessReplay;
import dev.vigil.bench.report.BenchReport;
import dev.vigil.bench.report.Machine;
import dev.vigil.bench.report.Metric;
import dev.vigil.bench.report.Target;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.bench.rig.SequencerSettings;
import dev.vigil.devnet.tools.Toolchain;
import dev.vigil.node.l1.RollupConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One bench run, section by section. A section that fails is reported as such (n/a with the
 * error) and the others still run; {@link #failed()} tells the caller to exit non-zero.
 */
public final class Bench {
  /** Senders that also get DevToken, for the batch of token transfers of the cost section. */
  static final int TOKEN_SENDERS = 16;
  static final int TOKEN_TRANSFERS_EACH = 64;
  private static final Duration POSTING_BOUND = Duration.ofMinutes(5);

  private final BenchOptions options;
  private final Toolchain tools;
  private boolean failed;

  public Bench(BenchOptions options) {
    this.options = options;
    this.tools = new Toolchain(options.repoRoot());
  }

  public BenchReport run() {
    Instant started = Instant.now();
    long t0 = System.nanoTime();
    Machine machine = Machine.current();
    List<Metric> metrics = new ArrayList<>();
    if (options.runs("micro")) {
      metrics.addAll(guard("micro", () -> new MicroBenchmarks(options.quick()).run()));
    }
    if (options.runs("ingest")) {
      metrics.addAll(guard("ingest", this::ingestReplayCost));
    }
    if (options.runs("devnet")) {
      metrics.addAll(guard("devnet", () -> DevnetTimings.run(options)));
    }
    if (options.runs("fraud")) {
      metrics.addAll(guard("fraud", () -> FraudProofs.run(options)));
    }
    return new BenchReport(started, (System.nanoTime() - t0) / 1e9, machine, Machine.currentLoad(),
        options.asSettings(), metrics, Target.issue5());
  }

  public boolean failed() {
    return failed;
  }

  /** Anvil baseline, then the rig: sequencer ingest, token round, posting, cost, replay. */
  private List<Metric> ingestReplayCost() {
    List<Metric> out = new ArrayList<>();
    progress("ingest: plain Anvil baseline, " + options.lanes() + " connections");
    LoadRun.Outcome anvil = AnvilBaseline.run(tools.anvil(), options.workDir().resolve("anvil"),
        options.lanes(), options.load(), options);
    out.addAll(IngestMetrics.of("anvil", "Anvil (no block gas limit, automine)", anvil));
    LoadRun.Outcome anvilBatched = null;
    if (options.rpcBatch() > 1) {
      progress("ingest: plain Anvil baseline, JSON-RPC batches of " + options.rpcBatch());
      anvilBatched = AnvilBaseline.run(tools.anvil(), options.workDir().resolve("anvil-batch"),
          options.lanes(), options.load(), options, options.rpcBatch());
      out.addAll(IngestMetrics.of("anvil.rpcBatch", "Anvil, batches of " + options.rpcBatch(), anvilBatched));
    }
    List<Sender> senders = Sender.series(1, options.lanes());
    progress("ingest: starting Anvil, contracts, " + senders.size() + " funded senders and the sequencer");
    SequencerSettings settings = new SequencerSettings(options.blockTimeMs(), 1000, options.maxBatchEntries(), 250);
    try (L2Rig rig = L2Rig.start(tools, options.workDir().resolve("l2"), senders,
        Math.min(TOKEN_SENDERS, senders.size()), settings)) {
      progress("ingest: sequencer at " + rig.l2Url() + " (pid " + rig.sequencer().pid() + ")");
      LoadRun.Outcome seq = LoadRun.measure(rig.l2Url(), senders,
          options.transfers(L2Rig.L2_CHAIN_ID, RollupConfig.GWEI), options.load(), () -> { },
          CpuWatch.withSelf(Map.of("sequencer", rig.sequencer().pid(), "L1 anvil", rig.anvilPid())));
      out.addAll(IngestMetrics.of("sequencer", "sequencer (LevelDB, per-entry roots)", seq));
      out.add(IngestMetrics.ratio(seq, anvil));
      out.add(IngestMetrics.signing(seq));
      if (anvilBatched != null) {
        out.addAll(batched(rig, senders, anvilBatched));
      }
      if (options.runs("cost")) {
        out.addAll(guard("cost.tokens", () -> tokenRound(rig, senders)));
      }
      Duration posting = rig.awaitPosted(POSTING_BOUND);
      out.add(Metric.of("ingest.postingLagS", "batcher lag after the load", posting.toMillis() / 1000.0, "s",
          "from the last answer until every sealed block was in a batch on L1"));
      if (options.runs("cost")) {
        out.addAll(guard("cost", () -> L1Cost.measure(rig)));
      }
      if (options.runs("replay")) {
        out.addAll(guard("replay", () -> replay(rig)));
      }
    }
    return out;
  }

  /** The sequencer under the same load in JSON-RPC batches of {@code --rpc-batch} transactions. */
  private List<Metric> batched(L2Rig rig, List<Sender> senders, LoadRun.Outcome anvil) {
    int n = options.rpcBatch();
    progress("ingest: sequencer, JSON-RPC batches of " + n);
    LoadRun.Outcome seq = LoadRun.measure(rig.l2Url(), senders,
        options.transfers(L2Rig.L2_CHAIN_ID, RollupConfig.GWEI), options.load(), () -> { },
        CpuWatch.withSelf(Map.of("sequencer", rig.sequencer().pid(), "L1 anvil", rig.anvilPid())), n);
    List<Metric> out = new ArrayList<>(IngestMetrics.of("sequencer.rpcBatch", "sequencer, batches of " + n, seq));
    out.add(IngestMetrics.ratio("ingest.rpcBatch.ratio", "sequencer / Anvil, batches of " + n, seq, anvil));
    return out;
  }

  private List<Metric> tokenRound(L2Rig rig, List<Sender> senders) {
    List<Sender> holders = senders.subList(0, Math.min(TOKEN_SENDERS, senders.size()));
    long sent = TokenTransfers.send(rig, holders, TOKEN_TRANSFERS_EACH, RollupConfig.GWEI);
    progress("cost: " + sent + " token transfers included");
    return List.of();
  }

  private List<Metric> replay(L2Rig rig) {
    List<Metric> out = new ArrayList<>();
    progress("replay: a fresh verifier process derives every batch from L1");
    out.addAll(VerifierProcessReplay.run(rig, VerifierProcessReplay.entryCounts(rig)));
    progress("replay: the verifier's classes in-process, L1 fetch timed apart");
    out.addAll(InProcessReplay.run(rig));
    return out;
  }

  private List<Metric> guard(String section, Supplier<List<Metric>> body) {
    try {
      return body.get();
    } catch (RuntimeException | LinkageError e) {
      // A LinkageError here is a class that vanished (a jar replaced under the JVM): still report.
      failed = true;
      System.err.println("bench: section " + section + " failed: " + e);
      e.printStackTrace(System.err);
      return List.of(Metric.notAvailable(section + ".error", section + " section",
          "failed: " + String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
    }
  }

  static void progress(String what) {
    System.out.printf(Locale.ROOT, "bench: %s%n", what);
  }
}
