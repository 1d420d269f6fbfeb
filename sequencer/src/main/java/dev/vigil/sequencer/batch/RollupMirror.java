package dev.vigil.sequencer.batch;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.sequencer.block.L1Clock;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.storage.PostedBatch;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps {@link RollupView} in step with the rollup on L1. Batches are immutable once appended
 * except that a fraud proof can revert the newest ones (and new ones may then take their
 * indices), so each refresh re-reads the newest batch it knows and drops the ones L1 no longer
 * has before reading the new ones.
 */
public final class RollupMirror {
  private final RollupL1 l1;
  private final RollupView view;
  private final ChainStore store;
  private final long challengeWindow;
  private final L1Clock clock;

  public RollupMirror(RollupL1 l1, RollupView view, ChainStore store, long challengeWindow,
      L1Clock clock) {
    this.l1 = l1;
    this.clock = clock;
    this.view = view;
    this.store = store;
    this.challengeWindow = challengeWindow;
  }

  /** The snapshot last published. */
  public RollupSnapshot current() {
    return view.current();
  }

  /** Reads L1 and publishes the result. */
  public RollupSnapshot refresh() {
    RollupL1.L1Head head = l1.head();
    clock.observe(head.timestamp());
    long count = l1.batchCount();
    List<BatchInfo> known = view.current().batches();
    int keep = (int) Math.min(known.size(), count);
    while (keep > 0 && !stillOnL1(known.get(keep - 1))) {
      keep--;
    }
    List<BatchInfo> batches = new ArrayList<>(known.subList(0, keep));
    for (long i = keep; i < count; i++) {
      batches.add(withTxHash(l1.batch(i)));
    }
    RollupSnapshot s = new RollupSnapshot(batches, head.number(), head.timestamp(),
        l1.queueLength(), challengeWindow);
    view.update(s);
    return s;
  }

  private boolean stillOnL1(BatchInfo b) {
    BatchInfo onL1 = l1.batch(b.index());
    return sameRecord(onL1, b);
  }

  private static boolean sameRecord(BatchInfo a, BatchInfo b) {
    return a.entriesRoot().equals(b.entriesRoot()) && a.rootsRoot().equals(b.rootsRoot())
        && a.appendedAt() == b.appendedAt() && a.firstBlock() == b.firstBlock()
        && a.lastBlock() == b.lastBlock();
  }

  /** Adds the L1 transaction hash: from this sequencer's record if it posted the batch, else from the log. */
  private BatchInfo withTxHash(BatchInfo b) {
    Bytes32 tx = store.batch(b.index())
        .filter(p -> p.firstBlock() == b.firstBlock() && p.lastBlock() == b.lastBlock()
            && p.entryCount() == b.entryCount())
        .map(PostedBatch::l1TxHash)
        .or(() -> l1.appendTxHash(b.index()))
        .orElse(Bytes32.ZERO);
    return new BatchInfo(b.index(), tx, b.entriesRoot(), b.rootsRoot(), b.postStateRoot(),
        b.queueStart(), b.queueEnd(), b.firstBlock(), b.lastBlock(), b.appendedAt(), b.entryCount());
  }
}
