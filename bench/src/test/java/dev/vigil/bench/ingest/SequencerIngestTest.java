package dev.vigil.bench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.bench.load.CpuWatch;
import dev.vigil.bench.load.LoadRun;
import dev.vigil.bench.load.Sender;
import dev.vigil.bench.load.TxFactory;
import dev.vigil.bench.report.BenchReport;
import dev.vigil.bench.report.Machine;
import dev.vigil.bench.report.Target;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.bench.rig.SequencerSettings;
import dev.vigil.devnet.tools.RepoRoot;
import dev.vigil.devnet.tools.Toolchain;
import dev.vigil.node.l1.RollupConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest measurement end to end for about 3 s: a real Anvil, the contracts, a sequencer JVM
 * with LevelDB, real deposits, the load generator; then the report's JSON. It asserts that a
 * rate was measured and written, never how fast (this machine is shared).
 */
class SequencerIngestTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 240, unit = TimeUnit.SECONDS)
  void measuresAPositiveIngestRateAndWritesWellFormedJson() throws Exception {
    Toolchain tools = new Toolchain(RepoRoot.find());
    List<Sender> senders = Sender.series(7, 4);
    LoadRun.Outcome outcome;
    try (L2Rig rig = L2Rig.start(tools, dir.resolve("l2"), senders, 0, new SequencerSettings(10, 1000, 1024, 250))) {
      outcome = LoadRun.measure(rig.l2Url(), senders,
          TxFactory.ethTransfers(L2Rig.L2_CHAIN_ID, RollupConfig.GWEI), Duration.ofSeconds(3), () -> { },
          CpuWatch.withSelf(Map.of("sequencer", rig.sequencer().pid())));
    }
    assertEquals(0, outcome.result().refused(), outcome.result().firstError());
    assertTrue(outcome.result().accepted() > 0, "no transfer was accepted");
    assertTrue(outcome.includedTps() > 0, "no rate");

    BenchReport report = new BenchReport(Instant.now(), 3, Machine.current(), Machine.currentLoad(),
        Map.of("lanes", "4"), IngestMetrics.of("sequencer", "sequencer", outcome), Target.issue5());
    Path json = dir.resolve("out/bench.json");
    report.writeJson(json);
    JsonNode root = new ObjectMapper().readTree(Files.readString(json));
    JsonNode tps = root.path("metrics").path("ingest.sequencer.tps");
    assertEquals("tx/s", tps.path("unit").asText());
    assertTrue(tps.path("value").asDouble() > 0, root.toPrettyString());
    assertTrue(root.path("metrics").path("ingest.sequencer.p99Ms").path("value").isNumber());
    assertTrue(root.path("machine").path("cores").asInt() >= 1);
    assertEquals(Target.issue5().size(), root.path("targets").size());
    assertTrue(report.toTable().contains("sequencer transfers/s"));
  }
}
