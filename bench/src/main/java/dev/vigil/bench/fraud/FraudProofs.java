package dev.vigil.bench.fraud;

import dev.vigil.bench.BenchOptions;
import dev.vigil.bench.report.Metric;
import dev.vigil.devnet.tools.Toolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fraud-proof gas per entry kind and bad-batch-to-proof latency. Reported as not available,
 * with the missing piece named, while the Rollup has no {@code proveFraud} or the verifier no
 * challenger: numbers are only ever measured, never estimated.
 */
public final class FraudProofs {
  private FraudProofs() {}

  /** The lies measured, each on its own rig: the entry kind the proof re-executes. */
  private static final List<String[]> KINDS = List.of(
      new String[] {"wrong-balance", "ethTransfer", "ETH transfer (wrong-balance)"},
      new String[] {"deposit-twice", "deposit", "L1 deposit (deposit-twice)"},
      new String[] {"inflated-withdrawal", "withdrawal", "withdrawal (inflated-withdrawal)"},
      new String[] {"bad-signature", "badSignature", "bad signature (bad-signature)"});

  public static List<Metric> run(BenchOptions o) {
    String missing = missingPiece(o.repoRoot());
    if (!missing.isEmpty()) {
      return List.of(
          Metric.notAvailable("fraud.gas", "fraud proof gas per entry kind", missing),
          Metric.notAvailable("fraud.latencyS", "bad batch -> proof included on L1", missing));
    }
    Toolchain tools = new Toolchain(o.repoRoot());
    List<Metric> out = new ArrayList<>();
    List<Double> latencies = new ArrayList<>();
    for (String[] k : o.quick() ? KINDS.subList(0, 1) : KINDS) {
      System.out.println("bench: fraud: sequencer lying with " + k[0] + ", a verifier challenging");
      ProvenFraud p = FraudRun.run(tools, o.workDir().resolve("fraud-" + k[0]), k[0]);
      out.add(Metric.of("fraud.gas." + k[1], "proveFraud gas: " + k[2], p.gas(), "gas",
          String.format(Locale.ROOT, "batch %d reverted; proof calldata %d bytes", p.batchIndex(),
              p.calldataBytes())));
      if (!Double.isNaN(p.latencySeconds())) {
        latencies.add(p.latencySeconds());
      }
    }
    latencies.sort(null);
    if (latencies.isEmpty()) {
      out.add(Metric.notAvailable("fraud.latencyS", "bad batch -> proof included on L1",
          "the bad batches were reverted before they were seen"));
    } else {
      out.add(Metric.of("fraud.latencyS", "bad batch -> proof included on L1 (median)",
          latencies.get(latencies.size() / 2), "s", String.format(Locale.ROOT,
              "%d lies; max %.2f s; both ends seen by polling L1 every 100 ms", latencies.size(),
              latencies.get(latencies.size() - 1))));
    }
    return out;
  }

  /** Which piece is not built yet; empty when all are. */
  static String missingPiece(Path repo) {
    Path rollup = repo.resolve("contracts/out/Rollup.sol/Rollup.json");
    try {
      if (!Files.isRegularFile(rollup) || !Files.readString(rollup).contains("\"proveFraud\"")) {
        return "not built yet: Rollup.proveFraud";
      }
    } catch (IOException e) {
      return "not built yet: cannot read " + rollup;
    }
    return "";
  }
}
