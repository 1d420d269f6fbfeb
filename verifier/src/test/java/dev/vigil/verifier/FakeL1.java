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
import dev.vigil.node.l1.AppendBatchCall;
import dev.vigil.node.l1.BridgeEvent;
import dev.vigil.node.l1.LogPosition;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.verifier.derive.L1Source;
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
  private final List<BridgeEvent.QueueItemAdded> queue = new ArrayList<>();
  private final List<RollupEvent.BatchAppended> logs = new ArrayList<>();
  private final List<RollupEvent.BatchAppended> live = new ArrayList<>();
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
    Bytes32 txHash = Keccak.hash(Bytes32.fromLong(++txCount).toBytes());
    queue.add(new BridgeEvent.QueueItemAdded(index, 1_000 + head, item.encode(), position(txHash)));
    return index;
  }

  public synchronized long queueConsumed() {
    return live.isEmpty() ? 0 : live.get(live.size() - 1).queueEnd();
  }

  /** The position of the only log of the current block. */
  private LogPosition position(Bytes32 txHash) {
    return new LogPosition(head, Keccak.hash(Bytes32.fromLong(head).toBytes()), txHash, 0);
  }

  public synchronized RollupEvent.BatchAppended append(Batch batch, List<Bytes32> roots) {
    return append(batch, roots, UnaryOperator.identity());
  }

  /** Appends, with {@code tamper} applied to the log (a broken L1 or binding). */
  public synchronized RollupEvent.BatchAppended append(Batch batch, List<Bytes32> roots, UnaryOperator<RollupEvent.BatchAppended> tamper) {
    head++;
    long queueStart = queueConsumed();
    long firstBlock = live.isEmpty() ? 1 : live.get(live.size() - 1).lastBlock() + 1;
    Bytes32 txHash = Keccak.hash(Bytes32.fromLong(++txCount).toBytes());
    RollupEvent.BatchAppended log = tamper.apply(new RollupEvent.BatchAppended(live.size(), TestChain.FEE_RECIPIENT,
        batch.entriesRoot(), Merkle.root(roots), roots.get(roots.size() - 1), queueStart,
        queueStart + batch.queueCount(), firstBlock, firstBlock + batch.blocks().size() - 1,
        position(txHash)));
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
  public synchronized List<BridgeEvent.QueueItemAdded> queueItems(long from, long to) {
    check();
    logRanges.add(new long[] {from, to});
    return queue.stream().filter(q -> q.at().blockNumber() >= from && q.at().blockNumber() <= to).toList();
  }

  @Override
  public synchronized List<RollupEvent.BatchAppended> batchesAppended(long from, long to) {
    check();
    return logs.stream().filter(b -> b.at().blockNumber() >= from && b.at().blockNumber() <= to).toList();
  }

  @Override
  public synchronized AppendBatchCall appendBatchCall(RollupEvent.BatchAppended appended) {
    check();
    return calls.get(appended.at().txHash());
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
