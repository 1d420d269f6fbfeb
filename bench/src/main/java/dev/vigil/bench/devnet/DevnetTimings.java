package dev.vigil.bench.devnet;

import dev.vigil.bench.BenchOptions;
import dev.vigil.bench.report.Metric;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.DevnetOptions;
import dev.vigil.devnet.DevnetSummary;
import dev.vigil.devnet.process.ChildStartup.ArchiveUse;
import dev.vigil.node.l1.TxManagerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Brings up the devnet with `./vigil devnet`'s defaults (1 s L1 blocks, 20 s window, 200 ms L2
 * blocks, 2 s batches) but free ports and a private directory, then measures on it. The
 * contracts are already built and the JVMs' classes compiled: the Maven build `./vigil devnet`
 * runs first is not part of bring-up. When the child JVMs have no class-data archive for these
 * jars yet (the first start after a build), that first bring-up records them and is reported
 * on its own row; the measured bring-up is then the second, as every later `./vigil devnet` is.
 */
public final class DevnetTimings {
  /** L1 receipts polled every 20 ms, so a deposit's clock starts close to its mining. */
  static final TxManagerConfig FAST_RECEIPTS = new TxManagerConfig(Duration.ofSeconds(15),
      Duration.ofMillis(20), 5, 15, 20, 5, Duration.ofMillis(500));

  private DevnetTimings() {}

  public static List<Metric> run(BenchOptions o) {
    DevnetOptions options = options(o.repoRoot(), o.workDir().resolve("devnet"));
    List<Metric> out = new ArrayList<>();
    Devnet devnet = new Devnet(options);
    try {
      long t0 = System.nanoTime();
      DevnetSummary summary = devnet.start();
      Optional<Metric> first = Optional.empty();
      if (recordedArchives(summary)) {
        first = Optional.of(Metric.of("devnet.firstBringUp.s",
            "  first start after a build (records the archives)", summary.bringUpMillis() / 1000.0,
            "s", summary.bringUp().oneLine()));
        devnet.close(); // the children publish their class-data archives as they stop
        devnet = new Devnet(options);
        t0 = System.nanoTime();
        summary = devnet.start();
      }
      double allUp = (System.nanoTime() - t0) / 1e9;
      out.add(Metric.of("devnet.bringUp.s", "devnet bring-up to the first funded L2 account",
          summary.bringUpMillis() / 1000.0, "s", String.format(Locale.ROOT,
              "%s; all %d accounts funded and both verifiers ready at %.1f s",
              summary.bringUp().oneLine(), summary.accounts().size(), allUp)));
      first.ifPresent(out::add);
      out.addAll(DepositLatency.measure(devnet, o.quick() ? 2 : 5));
      out.addAll(WithdrawalCycle.measure(devnet));
      return out;
    } finally {
      devnet.close();
    }
  }

  private static boolean recordedArchives(DevnetSummary summary) {
    return summary.bringUp().step(Devnet.SEQUENCER_STEP).flatMap(s -> s.archive())
        .orElse(ArchiveUse.OFF) == ArchiveUse.RECORDING;
  }

  static DevnetOptions options(Path repo, Path work) {
    DevnetOptions d = DevnetOptions.defaults(repo);
    return new DevnetOptions(repo, work, Optional.empty(), d.l1Key(), 0, d.l1BlockTimeSeconds(),
        d.windowSeconds(), d.forceDelaySeconds(), 0, List.of(0, 0), work.resolve("devnet.json"),
        d.sequencerBlockTimeMs(), d.batchIntervalMs(), d.ethPerAccount(), d.tokensPerAccount());
  }
}
