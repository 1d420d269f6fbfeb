package dev.vigil.verifier;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.verifier.derive.AppendBatchCall;
import dev.vigil.verifier.derive.BatchLog;
import dev.vigil.verifier.derive.L1Source;
import dev.vigil.verifier.derive.QueueItemLog;
import dev.vigil.verifier.derive.RollupParams;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An in-memory L1 with a rollup and its bridge: every deposit, append and revert mines one block
 * and logs what the contracts would log, commitments computed as the rollup does. It records the
 * log ranges asked for, and can be taken down to simulate a dead endpoint.
 */
public final class FakeL1 implements L1Source {
  public static final Address ROLLUP = Address.fromHex("0x00000000000000000000000000000000000a11a1");
  public static final Address BRIDGE = Address.fromHex("0x00000000000000000000000000000000000b1d9e");
  public static final RollupParams PARAMS = new RollupParams(TestChain.PARAMS, BRIDGE, 20);

  private long head = 1;
  private final List<QueueItemLog> queue = new ArrayList<>();
  private final List<BatchLog> logs = new ArrayList<>();
  private final List<BatchLog> live = new ArrayList<>();
  private final Map<Bytes32, AppendBatchCall> calls = new HashMap<>();
  private final List<long[]> logRanges = new ArrayList<>();
  private long txCount;
  private boolean down;

  /** A batch of one L2 block holding {@code entries}. */
  public static Batch batch(List<BatchEntry> entries) {
    return new Batch(List.of(new BlockSpec(1, entries.size())), entries);
  }

  public synchronized long deposit(QueueItem item) {
    head++;
    long index = queue.size();
    queue.add(new QueueItemLog(index, 1_000 + head, item.encode(), head));
    return index;
  }

  public synchronized long queueConsumed() {
    return live.isEmpty() ? 0 : live.get(live.size() - 1).queueEnd();
  }

  public synchronized BatchLog append(Batch batch, List<Bytes32> roots) {
    return append(batch, roots, UnaryOperator.identity());
  }

  /** Appends, with {@code tamper} applied to the log (a broken L1 or binding). */
  public synchronized BatchLog append(Batch batch, List<Bytes32> roots, UnaryOperator<BatchLog> tamper) {
    head++;
    long queueStart = queueConsumed();
    long firstBlock = live.isEmpty() ? 1 : live.get(live.size() - 1).lastBlock() + 1;
    Bytes32 txHash = Keccak.hash(Bytes32.fromLong(++txCount));
    BatchLog log = tamper.apply(new BatchLog(live.size(), TestChain.FEE_RECIPIENT,
        batch.entriesRoot(), Merkle.root(roots), roots.get(roots.size() - 1), queueStart,
        queueStart + batch.queueCount(), firstBlock, firstBlock + batch.blocks().size() - 1,
        txHash, head));
    calls.put(txHash, new AppendBatchCall(BatchCodec.encode(batch), roots));
    logs.add(log);
    live.add(log);
    return log;
  }

  /** What a proven fraud proof does to the rollup (spec 6): batches from {@code index} are gone. */
  public synchronized void revertFrom(long index) {
    head++;
    live.subList((int) index, live.size()).clear();
  }

  public synchronized void mine(long blocks) {
    head += blocks;
  }

  public synchronized void setDown(boolean down) {
    this.down = down;
  }

  public synchronized List<long[]> logRanges() {
    return List.copyOf(logRanges);
  }

  @Override
  public synchronized RollupParams rollupParams() {
    check();
    return PARAMS;
  }

  @Override
  public synchronized long headBlock() {
    check();
    return head;
  }

  @Override
  public synchronized List<QueueItemLog> queueItems(long from, long to) {
    check();
    logRanges.add(new long[] {from, to});
    return queue.stream().filter(q -> q.l1Block() >= from && q.l1Block() <= to).toList();
  }

  @Override
  public synchronized List<BatchLog> batchesAppended(long from, long to) {
    check();
    return logs.stream().filter(b -> b.l1Block() >= from && b.l1Block() <= to).toList();
  }

  @Override
  public synchronized AppendBatchCall appendBatchCall(Bytes32 txHash) {
    check();
    return calls.get(txHash);
  }

  @Override
  public synchronized long batchCount() {
    check();
    return live.size();
  }

  private void check() {
    if (down) {
      throw new UncheckedIOException(new ConnectException("Connection refused (fake L1 is down)"));
    }
  }
}
