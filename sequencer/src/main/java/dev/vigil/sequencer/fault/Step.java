package dev.vigil.sequencer.fault;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** One entry of a batch being falsified, with the honest way to execute it. */
sealed interface Step {

  /** The entry as it goes into the batch. */
  BatchEntry entry();

  /** What the protocol says this entry does: what every verifier computes. */
  EntryResult honest(StateTree pre, ChainParams p);

  /** A transaction the sequencer sealed, with the sender it recovered when admitting it. */
  record Tx(SignedTx tx, Address sender) implements Step {
    public Tx {
      Objects.requireNonNull(tx, "tx");
      Objects.requireNonNull(sender, "sender");
    }

    @Override
    public BatchEntry entry() {
      return BatchEntry.Tx.of(tx.raw(), tx.chainId());
    }

    @Override
    public EntryResult honest(StateTree pre, ChainParams p) {
      return Stf.applyTx(pre, tx, Optional.of(sender), p);
    }
  }

  /** An L1 queue item. */
  record Queued(long index, QueueItem item) implements Step {
    public Queued {
      Objects.requireNonNull(item, "item");
    }

    @Override
    public BatchEntry entry() {
      return new BatchEntry.QueueRef(index);
    }

    @Override
    public EntryResult honest(StateTree pre, ChainParams p) {
      return Stf.applyQueueItem(pre, item, p);
    }
  }

  /**
   * A transaction the sequencer made up, whose signature does not hold: honestly a no-op,
   * claimed as if {@code victim} had signed it.
   */
  record Forged(SignedTx tx, Address victim) implements Step {
    public Forged {
      Objects.requireNonNull(tx, "tx");
      Objects.requireNonNull(victim, "victim");
    }

    @Override
    public BatchEntry entry() {
      return BatchEntry.Tx.of(tx.raw(), tx.chainId());
    }

    @Override
    public EntryResult honest(StateTree pre, ChainParams p) {
      return Stf.applyTx(pre, tx.raw(), p);
    }

    /** The lie: the transaction executed with the victim as its sender. */
    EntryResult claimed(StateTree pre, ChainParams p) {
      return Stf.applyTx(pre, tx, Optional.of(victim), p);
    }
  }

  /** The entries of {@code blocks}, in batch order. */
  static List<Step> of(List<L2Block> blocks) {
    List<Step> steps = new ArrayList<>();
    for (L2Block b : blocks) {
      for (BlockEntry e : b.entries()) {
        steps.add(of(e));
      }
    }
    return steps;
  }

  private static Step of(BlockEntry e) {
    if (e instanceof BlockEntry.Queued q) {
      return new Queued(q.queueIndex(), q.item());
    }
    BlockEntry.Tx t = (BlockEntry.Tx) e;
    if (!(TxDecoder.decode(t.raw()) instanceof TxDecoding.Ok ok)) {
      throw new IllegalStateException("a sealed transaction does not decode: " + t.hash());
    }
    return new Tx(ok.tx(), t.sender());
  }
}
