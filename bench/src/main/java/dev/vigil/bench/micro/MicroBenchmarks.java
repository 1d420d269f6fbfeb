package dev.vigil.bench.micro;

import dev.vigil.bench.report.Metric;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH benchmarks of this package, one forked JVM each, with short explicit iterations
 * (the full set takes one to two minutes here; quick mode about half), and turns each score
 * into a metric in operations per second, with the per-operation time and JMH's 99.9 % error.
 */
public final class MicroBenchmarks {
  /** One benchmark to run on {@code threads} threads, with the metric it becomes. */
  private record Case(Class<?> benchmark, String param, String key, String label, int threads,
      List<String> jvmArgs) {
    Case(Class<?> benchmark, String param, String key, String label) {
      this(benchmark, param, key, label, 1, List.of());
    }
  }

  private static final List<String> NATIVE = List.of("-Dvigil.secp256k1=native");
  private static final List<String> BC = List.of("-Dvigil.secp256k1=bc");

  private static final List<Case> CASES = List.of(
      new Case(StateTreeBench.class, "leaves=10000", "micro.tree.set10k", "StateTree.set + root, 10k leaves"),
      new Case(StateTreeBench.class, "leaves=1000000", "micro.tree.set1m", "StateTree.set + root, 1M leaves"),
      new Case(SenderRecoveryBench.class, "", "micro.recoverNative",
          "SenderRecovery.recover (native libsecp256k1)", 1, NATIVE),
      new Case(SenderRecoveryBench.class, "", "micro.recover", "SenderRecovery.recover (Bouncy Castle)", 1, BC),
      new Case(SenderRecoveryBench.class, "", "micro.recoverNative2t", "  same, native, 2 threads", 2, NATIVE),
      new Case(SenderRecoveryBench.class, "", "micro.recover2t", "  same, Bouncy Castle, 2 threads", 2, BC),
      new Case(Web3jRecoveryBench.class, "", "micro.recoverWeb3j", "  same key recovery via web3j Sign (reference)"),
      new Case(TxSignerBench.class, "", "micro.signNative", "TxSigner.signLegacy (native libsecp256k1)", 1, NATIVE),
      new Case(TxSignerBench.class, "", "micro.sign", "TxSigner.signLegacy (Bouncy Castle)", 1, BC),
      new Case(StfBench.class, "", "micro.stf.transfer", "Stf.applyTx + root, transfer, sender known"),
      new Case(BatchCodecBench.class, "", "micro.batch.encode500", "BatchCodec.encode, 500-entry batch"),
      new Case(KeccakBench.class, "", "micro.keccak100", "Keccak of 100 bytes"));

  private final boolean quick;

  public MicroBenchmarks(boolean quick) {
    this.quick = quick;
  }

  public List<Metric> run() {
    List<Metric> out = new ArrayList<>();
    for (Case c : CASES) {
      long t0 = System.nanoTime();
      System.out.printf("bench: micro %s %s ...%n", c.benchmark().getSimpleName(), c.param());
      RunResult run = runOne(c);
      double opsPerSec = run.getPrimaryResult().getScore();
      out.add(Metric.of(c.key(), c.label(), opsPerSec, "ops/s", detail(c, run)));
      System.out.printf("bench: micro %s %s: %.0f ops/s (%.0f s)%n", c.benchmark().getSimpleName(),
          c.param(), opsPerSec, (System.nanoTime() - t0) / 1e9);
    }
    return out;
  }

  /**
   * The time per operation of one thread (JMH's score adds up all threads' operations), and the
   * CPU time per operation where the benchmark counts it ({@link CpuCounters}).
   */
  private static String detail(Case c, RunResult run) {
    Result<?> r = run.getPrimaryResult();
    double opsPerSec = r.getScore();
    Result<?> cpuNanos = run.getSecondaryResults().get("cpuNanos");
    Result<?> ops = run.getSecondaryResults().get("ops");
    String cpu = cpuNanos == null || ops == null || ops.getScore() <= 0 ? ""
        : String.format(Locale.ROOT, ", %.2f us CPU/op", cpuNanos.getScore() / ops.getScore() / 1e3);
    return String.format(Locale.ROOT, "%.2f us/op%s%s, +-%.1f%% (99.9%%), %d thread%s",
        c.threads() * 1e6 / opsPerSec, c.threads() > 1 ? " per thread" : "", cpu,
        100 * r.getScoreError() / opsPerSec, c.threads(), c.threads() > 1 ? "s" : "");
  }

  private static String[] jvmArgs(Case c) {
    List<String> args = new ArrayList<>(List.of("-Xmx3g", "-Xss4m"));
    args.addAll(c.jvmArgs());
    return args.toArray(String[]::new);
  }

  private RunResult runOne(Case c) {
    ChainedOptionsBuilder o = new OptionsBuilder()
        .include("^" + c.benchmark().getName().replace(".", "\\.") + "\\.")
        .forks(1)
        .threads(c.threads())
        .warmupIterations(quick ? 1 : 2)
        .warmupTime(TimeValue.milliseconds(quick ? 500 : 1000))
        .measurementIterations(quick ? 2 : 3)
        .measurementTime(TimeValue.milliseconds(quick ? 500 : 1000))
        .jvmArgsAppend(jvmArgs(c))
        .verbosity(VerboseMode.SILENT);
    if (!c.param().isEmpty()) {
      String[] kv = c.param().split("=");
      o.param(kv[0], kv[1]);
    }
    try {
      Collection<RunResult> results = new Runner(o.build()).run();
      if (results.size() != 1) {
        throw new IllegalStateException("JMH ran " + results.size() + " benchmarks for "
            + c.benchmark().getSimpleName() + " " + c.param() + ", expected one");
      }
      return results.iterator().next();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed on " + c.benchmark().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
