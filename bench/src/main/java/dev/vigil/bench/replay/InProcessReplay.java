package dev.vigil.bench.replay;

import dev.vigil.bench.report.Metric;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.node.l1.BridgeEvent;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.derive.BatchDerivation;
import dev.vigil.verifier.derive.DerivedBatch;
import dev.vigil.verifier.derive.RollupParams;
import dev.vigil.verifier.derive.Web3L1Source;
import dev.vigil.verifier.replay.PreparedEntry;
import dev.vigil.verifier.replay.Recovery;
import dev.vigil.verifier.replay.ReplayResult;
import dev.vigil.verifier.replay.Replayer;
import dev.vigil.verifier.replay.SenderPool;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verifier's derivation and replay classes run in this JVM on the rig's batches, in timed
 * phases: fetching everything from L1 (logs, calldata, decoding, commitment checks); then
 * replaying from the empty state as the verifier does, the next batches' senders recovered on
 * all cores while a batch is applied (the pure rate, L1 excluded); then once more with the two
 * parts one after the other, to time sender recovery (all cores) and the sequential STF with a
 * root per entry, compared with the posted roots, each on its own.
 */
public final class InProcessReplay {
  /** As the verifier: batches recovered ahead of the one being applied. */
  private static final int LOOKAHEAD = 2;
  /** How {@link SenderPool} names its threads. */
  private static final String RECOVERY_THREAD_PREFIX = "verifier-recover-";

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
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long c1 = recoveryCpuNanos() + threads.getCurrentThreadCpuTime();
      Bytes32 pipelinedRoot = pipelined(batches, queue, pool, replayer);
      long t2 = System.nanoTime();
      long pipelinedCpu = recoveryCpuNanos() + threads.getCurrentThreadCpuTime() - c1;
      Split split = split(batches, queue, pool, replayer);
      if (!split.root().equals(pipelinedRoot)) {
        throw new IllegalStateException("the two replays end at different roots");
      }
      return metrics(batches.size(), (t1 - t0) / 1e9, new Pipelined((t2 - t1) / 1e9, pipelinedCpu), split,
          cores);
    }
  }

  /** The verifier's way: batch n applied while n+1 and n+2 recover. */
  private static Bytes32 pipelined(List<DerivedBatch> batches, Map<Long, QueueItem> queue,
      SenderPool pool, Replayer replayer) {
    List<Recovery> started = new ArrayList<>();
    StateTree state = StateTree.empty();
    for (int i = 0; i < batches.size(); i++) {
      while (started.size() < Math.min(batches.size(), i + 1 + LOOKAHEAD)) {
        started.add(pool.start(batches.get(started.size()).batch().entries()));
      }
      DerivedBatch b = batches.get(i);
      state = agreed(replayer.replay(b.index(), state, started.get(i).resolve(queue), b.roots()), b);
      started.set(i, null);
    }
    return state.root();
  }

  private record Pipelined(double seconds, long cpuNanos) {}

  /** Wall and CPU time of each part: recovery's CPU is its pool threads', apply's its thread's. */
  private record Split(long entries, long prepareNanos, long applyNanos, long prepareCpu, long applyCpu,
      Bytes32 root) {}

  /** Recovery of a whole batch, then its apply: each part timed alone. */
  private static Split split(List<DerivedBatch> batches, Map<Long, QueueItem> queue, SenderPool pool,
      Replayer replayer) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    StateTree state = StateTree.empty();
    long prepareNanos = 0;
    long applyNanos = 0;
    long prepareCpu = 0;
    long applyCpu = 0;
    long entries = 0;
    for (DerivedBatch b : batches) {
      long p0 = System.nanoTime();
      long pc0 = recoveryCpuNanos();
      List<PreparedEntry> prepared = pool.prepare(b.batch().entries(), queue);
      long p1 = System.nanoTime();
      long ac0 = threads.getCurrentThreadCpuTime();
      prepareCpu += recoveryCpuNanos() - pc0;
      state = agreed(replayer.replay(b.index(), state, prepared, b.roots()), b);
      applyNanos += System.nanoTime() - p1;
      applyCpu += threads.getCurrentThreadCpuTime() - ac0;
      prepareNanos += p1 - p0;
      entries += prepared.size();
    }
    return new Split(entries, prepareNanos, applyNanos, prepareCpu, applyCpu, state.root());
  }

  /**
   * CPU time so far of the {@link SenderPool}'s threads (found by their name): the recovery's
   * own, without the JIT, the GC and the rest of this JVM's threads.
   */
  private static long recoveryCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null && t.getThreadName().startsWith(RECOVERY_THREAD_PREFIX)) {
        sum += Math.max(0, threads.getThreadCpuTime(t.getThreadId()));
      }
    }
    return sum;
  }

  private static StateTree agreed(ReplayResult r, DerivedBatch b) {
    if (!(r instanceof ReplayResult.Agreed agreed)) {
      throw new IllegalStateException("in-process replay disagrees with batch " + b.index() + ": " + r);
    }
    return agreed.post();
  }

  private static List<Metric> metrics(int batches, double fetch, Pipelined pipelined, Split split,
      int cores) {
    long entries = split.entries();
    double prepare = split.prepareNanos() / 1e9;
    double apply = split.applyNanos() / 1e9;
    return List.of(
        Metric.of("replay.pure.tps", "replay in-process, L1 fetch excluded", entries / pipelined.seconds(),
            "tx/s", String.format(Locale.ROOT, "%d entries, %d batches in %.2f s, %.1f us CPU per entry:"
                + " batch n applied while n+1, n+2 recover (%.2f s one after the other)", entries, batches,
                pipelined.seconds(), perEntryMicros(pipelined.cpuNanos(), entries), prepare + apply)),
        Metric.of("replay.recover.tps", "  of which: decode + sender recovery", entries / prepare, "tx/s",
            String.format(Locale.ROOT, "%.2f s on %d threads (verifier SenderPool), timed alone; %.1f us"
                + " CPU per entry (pool threads)", prepare, cores, perEntryMicros(split.prepareCpu(), entries))),
        Metric.of("replay.apply.tps", "  of which: STF + root per entry", entries / apply, "tx/s",
            String.format(Locale.ROOT, "%.2f s on 1 thread, compared with the posted roots, timed alone;"
                + " %.1f us CPU per entry", apply, perEntryMicros(split.applyCpu(), entries))),
        Metric.of("replay.fetch.s", "L1 fetch of all batches (in-process)", fetch, "s",
            String.format(Locale.ROOT, "%.0f entries/s: logs, calldata, decode, commitment checks",
                entries / fetch)));
  }

  private static double perEntryMicros(long cpuNanos, long entries) {
    return entries == 0 ? 0 : cpuNanos / 1e3 / entries;
  }
}
