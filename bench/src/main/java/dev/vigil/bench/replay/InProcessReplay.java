package dev.vigil.bench.replay;

import dev.vigil.bench.report.Metric;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.node.l1.BridgeEvent;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.derive.BatchDerivation;
import dev.vigil.verifier.derive.DerivedBatch;
import dev.vigil.verifier.derive.RollupParams;
import dev.vigil.verifier.derive.Web3L1Source;
import dev.vigil.verifier.replay.PreparedEntry;
import dev.vigil.verifier.replay.ReplayResult;
import dev.vigil.verifier.replay.Replayer;
import dev.vigil.verifier.replay.SenderPool;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verifier's derivation and replay classes run in this JVM on the rig's batches, in two
 * timed phases: fetching everything from L1 (logs, calldata, decoding, commitment checks), then
 * replaying from the empty state (sender recovery on all cores, then the sequential STF with a
 * root per entry, compared with the posted roots). The replay is the pure rate, L1 excluded.
 */
public final class InProcessReplay {
  private InProcessReplay() {}

  public static List<Metric> run(L2Rig rig) {
    int cores = Runtime.getRuntime().availableProcessors();
    try (Web3L1Source l1 = Web3L1Source.connect(rig.l1Url(), rig.deployment().rollup());
        SenderPool pool = new SenderPool(cores)) {
      long t0 = System.nanoTime();
      RollupParams params = l1.rollupParams();
      long from = rig.deployment().deployBlock();
      long head = l1.headBlock();
      Map<Long, QueueItem> queue = new HashMap<>();
      for (BridgeEvent.QueueItemAdded q : l1.queueItems(from, head)) {
        queue.put(q.index(), q.queueItem());
      }
      List<DerivedBatch> batches = new ArrayList<>();
      for (RollupEvent.BatchAppended log : l1.batchesAppended(from, head)) {
        batches.add(BatchDerivation.derive(log, l1.appendBatchCall(log), params.chain().chainId()));
      }
      long t1 = System.nanoTime();
      Replayer replayer = new Replayer(params.chain());
      StateTree state = StateTree.empty();
      long prepareNanos = 0;
      long applyNanos = 0;
      long entries = 0;
      for (DerivedBatch b : batches) {
        long p0 = System.nanoTime();
        List<PreparedEntry> prepared = pool.prepare(b.batch().entries(), queue);
        long p1 = System.nanoTime();
        ReplayResult r = replayer.replay(b.index(), state, prepared, b.roots());
        applyNanos += System.nanoTime() - p1;
        prepareNanos += p1 - p0;
        if (!(r instanceof ReplayResult.Agreed agreed)) {
          throw new IllegalStateException("in-process replay disagrees with batch " + b.index() + ": " + r);
        }
        state = agreed.post();
        entries += prepared.size();
      }
      return metrics(batches.size(), entries, (t1 - t0) / 1e9, prepareNanos / 1e9, applyNanos / 1e9, cores);
    }
  }

  private static List<Metric> metrics(int batches, long entries, double fetch, double prepare, double apply,
      int cores) {
    return List.of(
        Metric.of("replay.pure.tps", "replay in-process, L1 fetch excluded", entries / (prepare + apply),
            "tx/s", String.format(Locale.ROOT, "%d entries, %d batches: recovery %.2f s + apply %.2f s",
                entries, batches, prepare, apply)),
        Metric.of("replay.recover.tps", "  of which: decode + sender recovery", entries / prepare, "tx/s",
            cores + " threads (verifier SenderPool)"),
        Metric.of("replay.apply.tps", "  of which: STF + root per entry", entries / apply, "tx/s",
            "1 thread, compared with the posted roots"),
        Metric.of("replay.fetch.s", "L1 fetch of all batches (in-process)", fetch, "s",
            String.format(Locale.ROOT, "%.0f entries/s: logs, calldata, decode, commitment checks",
                entries / fetch)));
  }
}
