package dev.vigil.sequencer.block;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.Outcome;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.queue.QueuedItem;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry run through the state transition, as the block builder and the startup replay both
 * do it: the entry to store, the state after it and the withdrawal it recorded, if any.
 */
record Execution(BlockEntry entry, StateTree post, Optional<Withdrawal> withdrawal) {
  Execution {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(withdrawal, "withdrawal");
  }

  /**
   * Runs a transaction; an invalid one yields its refusal text (Geth's wording) and no entry,
   * since the sequencer never puts an invalid transaction in a block.
   */
  static Result ofTx(StateTree pre, SignedTx tx, Optional<Address> sender, ChainParams params) {
    return ofTx(pre, tx, sender, BatchEntry.Tx.admitted(tx.raw()), params);
  }

  /** As above, with the transaction's batch entry already worked out (at admission). */
  static Result ofTx(StateTree pre, SignedTx tx, Optional<Address> sender, BatchEntry.Tx batchEntry,
      ChainParams params) {
    EntryResult r = Stf.applyTx(pre, tx, sender, params);
    if (r.outcome() instanceof Outcome.Invalid invalid) {
      // The rule's short Geth text (docs/protocol.md 8); the detail names the account and values.
      return new Result.Refused(invalid.reason().text(tx.type()));
    }
    if (!(r.outcome() instanceof Outcome.Executed ex)) {
      throw new IllegalStateException("a transaction gave the outcome " + r.outcome());
    }
    BlockEntry.Tx entry = new BlockEntry.Tx(
        tx.raw(), ex.sender(), ex.status(), ex.gasUsed(), r.post().root(), batchEntry);
    return new Result.Done(new Execution(entry, r.post(), ex.withdrawal()));
  }

  /** Runs a queue item; any item executes (an invalid forced transaction as a no-op). */
  static Execution ofQueued(StateTree pre, QueuedItem q, ChainParams params) {
    EntryResult r = Stf.applyQueueItem(pre, q.item(), params);
    Optional<Withdrawal> w = r.outcome() instanceof Outcome.Executed ex
        ? ex.withdrawal()
        : Optional.empty();
    BlockEntry.Queued entry = new BlockEntry.Queued(q.index(), q.item(), q.l1Block(), r.post().root());
    return new Execution(entry, r.post(), w);
  }

  /** A transaction's execution, or why it is refused. */
  sealed interface Result {
    record Done(Execution execution) implements Result {}

    record Refused(String message) implements Result {}
  }
}
