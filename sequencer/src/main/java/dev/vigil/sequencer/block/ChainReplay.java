package dev.vigil.sequencer.block;

import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.queue.QueuedItem;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.withdrawal.WithdrawalIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Startup: rebuilds the state from the stored blocks by running them through the state
 * transition again, with the stored senders (no signature is recovered twice), and checks every
 * stored root and hash on the way. A mismatch means the database does not belong to this
 * rollup's parameters, or is damaged: the sequencer must not build on it.
 */
public final class ChainReplay {
  private final ChainParams params;
  private final ChainState chain;
  private final WithdrawalIndex withdrawals;

  public ChainReplay(ChainParams params, ChainState chain, WithdrawalIndex withdrawals) {
    this.params = params;
    this.chain = chain;
    this.withdrawals = withdrawals;
  }

  /** Replays every stored block onto {@code chain} (which starts at genesis); the block count. */
  public long replay(ChainStore store) {
    long[] count = {0};
    store.forEachBlock(block -> {
      apply(block);
      count[0]++;
      return true;
    });
    long head = store.head();
    if (chain.head().block().number() != head) {
      throw new IllegalStateException(
          "stored head is block " + head + " but blocks end at " + chain.head().block().number());
    }
    return count[0];
  }

  /** Re-executes {@code stored} on the head and publishes it; throws on any difference. */
  void apply(L2Block stored) {
    ChainState.Head head = chain.head();
    L2Block parent = head.block();
    if (stored.number() != parent.number() + 1 || stored.queueStart() != parent.queueEnd()) {
      throw mismatch(stored, "does not follow block " + parent.number());
    }
    StateTree tree = head.tree();
    List<BlockEntry> entries = new ArrayList<>(stored.entries().size());
    List<Withdrawal> recorded = new ArrayList<>();
    for (int i = 0; i < stored.entries().size(); i++) {
      Execution e = execute(tree, stored.entries().get(i), stored, i);
      if (!e.entry().equals(stored.entries().get(i))) {
        throw mismatch(stored, "entry " + i + " replays as " + e.entry()
            + ", stored " + stored.entries().get(i));
      }
      entries.add(e.entry());
      e.withdrawal().ifPresent(recorded::add);
      tree = e.post();
    }
    L2Block replayed = L2Block.seal(parent, stored.timestamp(), entries);
    if (!replayed.equals(stored)) {
      throw mismatch(stored, "replays with hash " + replayed.hash() + ", stored " + stored.hash());
    }
    chain.sealed(stored, tree);
    recorded.forEach(w -> withdrawals.add(w, stored.number()));
  }

  private Execution execute(StateTree pre, BlockEntry entry, L2Block block, int i) {
    if (entry instanceof BlockEntry.Queued q) {
      return Execution.ofQueued(pre, new QueuedItem(q.queueIndex(), q.item(), q.l1Block()), params);
    }
    BlockEntry.Tx t = (BlockEntry.Tx) entry;
    if (!(TxDecoder.decode(t.raw()) instanceof TxDecoding.Ok ok)) {
      throw mismatch(block, "entry " + i + " is not a well-formed transaction");
    }
    SignedTx tx = ok.tx();
    Execution.Result r = Execution.ofTx(pre, tx, Optional.of(t.sender()), params);
    if (r instanceof Execution.Result.Refused refused) {
      throw mismatch(block, "entry " + i + " (" + tx.hash() + ") is now refused: " + refused.message());
    }
    return ((Execution.Result.Done) r).execution();
  }

  private static IllegalStateException mismatch(L2Block block, String what) {
    return new IllegalStateException("stored L2 block " + block.number() + " " + what);
  }
}
