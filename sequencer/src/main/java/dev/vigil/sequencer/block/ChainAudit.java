package dev.vigil.sequencer.block;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.Outcome;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.sequencer.storage.ChainStore;
import java.util.Objects;
import java.util.Optional;

/**
 * Executes stored blocks again exactly as a verifier would (every signature recovered again,
 * nothing taken from the store but the bytes), and finds the first entry whose stored root or
 * receipt the protocol does not give. Used after a revert, before the chain is posted again.
 */
public final class ChainAudit {
  /** The first entry the protocol executes differently from what was stored. */
  public record Lie(long block, int entry, Bytes32 storedRoot, Bytes32 computedRoot) {
    public Lie {
      Objects.requireNonNull(storedRoot, "storedRoot");
      Objects.requireNonNull(computedRoot, "computedRoot");
    }
  }

  private ChainAudit() {}

  /** Audits the stored blocks {@code after+1..head}, starting from {@code state} (after block {@code after}). */
  static Optional<Lie> firstLie(ChainStore store, StateTree state, long after, long head, ChainParams p) {
    StateTree tree = state;
    for (long n = after + 1; n <= head; n++) {
      final long number = n;
      L2Block block = store.block(n).orElseThrow(
          () -> new IllegalStateException("stored L2 block " + number + " is missing"));
      for (int i = 0; i < block.entries().size(); i++) {
        BlockEntry stored = block.entries().get(i);
        EntryResult r = execute(tree, stored, p);
        if (!r.post().root().equals(stored.postRoot()) || !sameReceipt(stored, r.outcome())) {
          return Optional.of(new Lie(n, i, stored.postRoot(), r.post().root()));
        }
        tree = r.post();
      }
    }
    return Optional.empty();
  }

  static EntryResult execute(StateTree pre, BlockEntry e, ChainParams p) {
    if (e instanceof BlockEntry.Queued q) {
      return Stf.applyQueueItem(pre, q.item(), p);
    }
    return Stf.applyTx(pre, ((BlockEntry.Tx) e).raw(), p);
  }

  /** A stored transaction must be valid, from the stored sender, with the stored status and gas. */
  private static boolean sameReceipt(BlockEntry stored, Outcome outcome) {
    if (!(stored instanceof BlockEntry.Tx t)) {
      return true;
    }
    return outcome instanceof Outcome.Executed ex && ex.sender().equals(t.sender())
        && ex.status() == t.status() && ex.gasUsed() == t.gasUsed();
  }
}
