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
  /** One benchmark to run, with the metric it becomes. */
  private record Case(Class<?> benchmark, String param, String key, String label) {}

  private static final List<Case> CASES = List.of(
      new Case(StateTreeBench.class, "leaves=10000", "micro.tree.set10k", "StateTree.set + root, 10k leaves"),
      new Case(StateTreeBench.class, "leaves=1000000", "micro.tree.set1m", "StateTree.set + root, 1M leaves"),
      new Case(SenderRecoveryBench.class, "", "micro.recover", "SenderRecovery.recover (Bouncy Castle)"),
      new Case(Web3jRecoveryBench.class, "", "micro.recoverWeb3j", "  same key recovery via web3j Sign (reference)"),
      new Case(StfBench.class, "", "micro.stf.transfer", "Stf.applyTx, transfer, sender known"),
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
      Result<?> r = runOne(c);
      double opsPerSec = r.getScore();
      out.add(Metric.of(c.key(), c.label(), opsPerSec, "ops/s", String.format(Locale.ROOT,
          "%.2f us/op, +-%.1f%% (99.9%%), 1 thread", 1e6 / opsPerSec,
          100 * r.getScoreError() / opsPerSec)));
      System.out.printf("bench: micro %s %s: %.0f ops/s (%.0f s)%n", c.benchmark().getSimpleName(),
          c.param(), opsPerSec, (System.nanoTime() - t0) / 1e9);
    }
    return out;
  }

  private Result<?> runOne(Case c) {
    ChainedOptionsBuilder o = new OptionsBuilder()
        .include("^" + c.benchmark().getName().replace(".", "\\.") + "\\.")
        .forks(1)
        .threads(1)
        .warmupIterations(quick ? 1 : 2)
        .warmupTime(TimeValue.milliseconds(quick ? 500 : 1000))
        .measurementIterations(quick ? 2 : 3)
        .measurementTime(TimeValue.milliseconds(quick ? 500 : 1000))
        .jvmArgsAppend("-Xmx3g", "-Xss4m")
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
      return results.iterator().next().getPrimaryResult();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH failed on " + c.benchmark().getSimpleName() + ": " + e.getMessage(), e);
    }
  }
}
