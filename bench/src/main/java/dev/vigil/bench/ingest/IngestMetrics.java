package dev.vigil.bench.ingest;

import dev.vigil.bench.load.LoadResult;
import dev.vigil.bench.load.LoadRun;
import dev.vigil.bench.report.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table rows of one ingest run, and the sequencer-to-Anvil ratio. */
public final class IngestMetrics {
  private IngestMetrics() {}

  /** Rows {@code ingest.<who>.tps}, {@code .p50Ms}, {@code .p99Ms}. */
  public static List<Metric> of(String who, String label, LoadRun.Outcome o) {
    LoadResult r = o.result();
    List<Metric> out = new ArrayList<>();
    String detail = String.format(Locale.ROOT,
        "%d accepted in %.1f s over %d connections (%.0f/s answered); %d refused%s; %d lanes ran out; %s",
        r.accepted(), r.seconds(), r.lanes(), r.tps(), r.refused(),
        r.firstError().isEmpty() ? "" : " (first: " + r.firstError() + ")", r.exhaustedLanes(),
        o.inclusion());
    out.add(Metric.of("ingest." + who + ".tps", label + " transfers/s", o.includedTps(), "tx/s", detail));
    out.add(Metric.of("ingest." + who + ".p50Ms", label + " latency p50", r.latencies().p50Ms(), "ms",
        "CPU: " + o.cpu()));
    out.add(Metric.of("ingest." + who + ".p99Ms", label + " latency p99", r.latencies().p99Ms(), "ms",
        String.format(Locale.ROOT, "max %.1f ms", r.latencies().maxMs())));
    return out;
  }

  public static Metric ratio(LoadRun.Outcome sequencer, LoadRun.Outcome anvil) {
    return ratio("ingest.ratio", "sequencer / Anvil", sequencer, anvil);
  }

  /** The ratio under {@code key}, e.g. for the JSON-RPC batch rows. */
  public static Metric ratio(String key, String label, LoadRun.Outcome sequencer, LoadRun.Outcome anvil) {
    return Metric.of(key, label, sequencer.includedTps() / anvil.includedTps(), "x",
        "same load generator, same run");
  }

  public static Metric signing(LoadRun.Outcome o) {
    return Metric.of("ingest.presign.rate", "pre-signing (TxSigner, legacy, all cores)", o.signingRate(),
        "sig/s", o.presigned() + " transactions signed before the clock started");
  }
}
