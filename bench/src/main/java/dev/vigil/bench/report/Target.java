package dev.vigil.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A performance target, judged against one metric of the run: met, or missed by how much.
 *
 * @param atLeast true for "at least threshold", false for "at most threshold"
 */
public record Target(String metricKey, String description, boolean atLeast, double threshold) {
  public Target {
    Objects.requireNonNull(metricKey, "metricKey");
    Objects.requireNonNull(description, "description");
    if (!(threshold > 0)) {
      throw new IllegalArgumentException("a threshold is positive");
    }
  }

  /** The performance targets that the bench measures. */
  public static List<Target> issue5() {
    return List.of(
        new Target("ingest.sequencer.tps", "sequencer ingest >= 10,000 transfers/s", true, 10_000),
        new Target("ingest.ratio", "sequencer ingest >= 2x plain Anvil", true, 2),
        new Target("replay.process.tps", "verifier replay >= 20,000 transfers/s (process, from L1)",
            true, 20_000),
        new Target("replay.pure.tps", "verifier replay >= 20,000 transfers/s (pure replay)", true, 20_000),
        new Target("cost.eth.bytesPerTransfer", "<= 80 bytes of calldata per simple transfer", false, 80),
        new Target("cost.eth.gasPerTransfer", "<= 3,500 L1 gas per simple transfer", false, 3_500),
        new Target("devnet.bringUp.s", "devnet bring-up <= 10 s", false, 10),
        new Target("devnet.deposit.p50.s", "deposit to L2 credit <= 2 s", false, 2));
  }

  /** The verdict against {@code metrics}: "met", "missed by ...", or "not measured". */
  public String verdict(List<Metric> metrics) {
    Optional<Metric> m = metrics.stream().filter(x -> x.key().equals(metricKey)).findFirst();
    if (m.isEmpty() || m.get().value().isEmpty()) {
      return "not measured";
    }
    double v = m.get().value().getAsDouble();
    boolean met = atLeast ? v >= threshold : v <= threshold;
    if (met) {
      return "met";
    }
    double factor = atLeast ? threshold / Math.max(v, 1e-9) : v / threshold;
    return String.format(Locale.ROOT, "missed (%.2fx off)", factor);
  }

  public boolean isMet(List<Metric> metrics) {
    return verdict(metrics).equals("met");
  }
}
