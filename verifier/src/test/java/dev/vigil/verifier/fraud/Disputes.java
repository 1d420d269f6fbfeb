package dev.vigil.verifier.fraud;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.PARAMS;
import static dev.vigil.verifier.TestChain.TOKEN;

import dev.vigil.node.l1.LogPosition;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.TestChain;
import dev.vigil.verifier.replay.ReplayResult;
import dev.vigil.verifier.replay.Replayer;
import dev.vigil.verifier.replay.SenderPool;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lying batches as the verifier's replay refutes them: a previous honest batch funds Alice with
 * ETH and a token from the queue, then the batch under test carries one wrong root.
 */
final class Disputes implements AutoCloseable {
  static final Bytes32 LIE = Bytes32.fromLong(0xbad);

  final Map<Long, QueueItem> queue = new HashMap<>();
  /** The state after the honest batch 0. */
  final StateTree funded;
  private final SenderPool senders = new SenderPool(1);

  Disputes() {
    queue.put(0L, new QueueItem.EthDeposit(ALICE, ETHER.multiply(BigInteger.TEN)));
    queue.put(1L, new QueueItem.TokenDeposit(TOKEN, ALICE, BigInteger.valueOf(1_000)));
    List<BatchEntry> first = List.of(new BatchEntry.QueueRef(0), new BatchEntry.QueueRef(1));
    funded = TestChain.applyAll(StateTree.empty(), first, queue);
  }

  /** Adds a queue item at the next index and returns that index. */
  long enqueue(QueueItem item) {
    long index = queue.size();
    queue.put(index, item);
    return index;
  }

  /** Batch 1 on top of the funded state, with {@code roots[lieAt]} replaced by {@link #LIE}. */
  Dispute batch1(List<BatchEntry> entries, int lieAt) {
    return dispute(1, funded, entries, lieAt, 20);
  }

  Dispute dispute(long index, StateTree pre, List<BatchEntry> entries, int lieAt, long l1Block) {
    List<Bytes32> roots = new ArrayList<>(TestChain.honestRoots(pre, entries, queue));
    roots.set(lieAt, LIE);
    ReplayResult result = new Replayer(PARAMS).replay(index, pre, senders.prepare(entries, queue), roots);
    RollupEvent.BatchAppended log = new RollupEvent.BatchAppended(index, TestChain.FEE_RECIPIENT,
        Merkle.root(entries.stream().map(BatchEntry::leaf).toList()), Merkle.root(roots),
        roots.get(roots.size() - 1),
        0, 0, 1, 1, new LogPosition(l1Block, Keccak.hash(Bytes32.fromLong(l1Block).toBytes()),
            Keccak.hash(Bytes32.fromLong(1_000 + l1Block).toBytes()), 0));
    return new Dispute(log, ((ReplayResult.Disagreed) result).fraud());
  }

  @Override
  public void close() {
    senders.close();
  }
}
