package dev.vigil.bench.fraud;

import dev.vigil.bench.BenchOptions;
import dev.vigil.bench.report.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fraud-proof gas per entry kind and bad-batch-to-proof latency. Reported as not available,
 * with the missing piece named, while the Rollup has no {@code proveFraud} or the verifier no
 * challenger: numbers are only ever measured, never estimated.
 */
public final class FraudProofs {
  private FraudProofs() {}

  public static List<Metric> run(BenchOptions o) {
    String missing = missingPiece(o.repoRoot());
    return List.of(
        Metric.notAvailable("fraud.gas", "fraud proof gas per entry kind", missing),
        Metric.notAvailable("fraud.latencyS", "bad batch -> proof included on L1", missing));
  }

  /** Which piece is not built yet. */
  static String missingPiece(Path repo) {
    Path rollup = repo.resolve("contracts/out/Rollup.sol/Rollup.json");
    try {
      if (!Files.isRegularFile(rollup) || !Files.readString(rollup).contains("\"proveFraud\"")) {
        return "not built yet: Rollup.proveFraud";
      }
    } catch (IOException e) {
      return "not built yet: cannot read " + rollup;
    }
    return "not built yet: the verifier's challenger is not wired to a process interface";
  }
}
