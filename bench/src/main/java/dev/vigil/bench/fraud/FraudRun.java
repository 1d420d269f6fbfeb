package dev.vigil.bench.fraud;

import dev.vigil.bench.load.Sender;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.bench.rig.Poll;
import dev.vigil.bench.rig.SequencerSettings;
import dev.vigil.bench.rig.ShutdownGuard;
import dev.vigil.devnet.process.ChildJvm;
import dev.vigil.devnet.process.ChildSpec;
import dev.vigil.devnet.process.FreePort;
import dev.vigil.devnet.tools.Toolchain;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.L1Receipt;
import dev.vigil.node.l1.L1Tx;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One lie, told and caught: a rig whose sequencer runs with {@code --fault KIND@1}, a verifier
 * holding dev account 2's key (its challenger), and traffic of every entry kind until L1 shows
 * the bad batch reverted. Everything started here is stopped by PID before it returns.
 */
final class FraudRun {
  private static final Duration BOUND = Duration.ofMinutes(3);
  private static final long POLL_MS = 100;
  private static final long TRAFFIC_EVERY_MS = 500;

  private FraudRun() {}

  static ProvenFraud run(Toolchain tools, Path dir, String kind) {
    List<Sender> senders = Sender.series(5, 2);
    SequencerSettings settings = new SequencerSettings(200, 1000, 1024, 250, kind + "@1");
    try (L2Rig rig = L2Rig.start(tools, dir, senders, 0, settings)) {
      ChildJvm verifier = ChildJvm.start(verifierSpec(rig, dir));
      ShutdownGuard guard = ShutdownGuard.of(verifier::stop, "challenger");
      try {
        return observe(rig, new FraudTraffic(rig, senders.get(0), senders.get(1)), kind);
      } finally {
        guard.release();
        verifier.stop();
      }
    }
  }

  private static ChildSpec verifierSpec(L2Rig rig, Path dir) {
    List<String> args = List.of("--l1-url", rig.l1Url().toString(),
        "--rollup", rig.deployment().rollup().toHex(),
        "--data-dir", dir.resolve("verifier").toString(),
        "--rpc-host", "127.0.0.1", "--rpc-port", Integer.toString(FreePort.pick()),
        "--poll-ms", "100", "--name", "bench-challenger",
        "--l1-key", dev.vigil.devnet.account.DevAccount.of(2).privateKeyHex());
    return new ChildSpec("challenger", "dev.vigil.verifier.Main", args, List.of("-Xmx1g"),
        dir.resolve("logs").resolve("challenger.log"), "VIGIL_VERIFIER_READY", Duration.ofSeconds(90));
  }

  /** Sends traffic and polls L1 until a BatchesReverted shows; times it against the batch's append. */
  private static ProvenFraud observe(L2Rig rig, FraudTraffic traffic, String kind) {
    L1Client l1 = rig.l1();
    RollupContract rollup = rig.deployment().rollupContract(l1);
    Map<Long, Long> firstSeen = new HashMap<>();
    RollupEvent.BatchesReverted[] reverted = {null};
    long[] lastTraffic = {0};
    long seenAt = Poll.until(() -> {
      if (System.nanoTime() - lastTraffic[0] > TRAFFIC_EVERY_MS * 1_000_000) {
        traffic.round();
        lastTraffic[0] = System.nanoTime();
      }
      for (RollupEvent e : rollup.events(rig.deployment().deployBlock(), l1.blockNumber())) {
        if (e instanceof RollupEvent.BatchAppended a) {
          firstSeen.putIfAbsent(a.batchIndex(), System.nanoTime());
        } else if (e instanceof RollupEvent.BatchesReverted r && reverted[0] == null) {
          reverted[0] = r;
        }
      }
      return reverted[0] != null;
    }, POLL_MS, BOUND, "a fraud proof against the " + kind + " lie");
    RollupEvent.BatchesReverted r = reverted[0];
    L1Receipt receipt = l1.getReceipt(r.at().txHash()).orElseThrow();
    L1Tx tx = l1.getTransaction(r.at().txHash()).orElseThrow();
    Long appended = firstSeen.get(r.fromBatch());
    double latency = appended == null ? Double.NaN : (seenAt - appended) / 1e9;
    return new ProvenFraud(kind, r.fromBatch(), latency, receipt.gasUsed(), tx.input().length());
  }
}
