package dev.vigil.sequencer.block;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.Outcome;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Rebuilds blocks from a good state: every queue item again (they must be consumed in order),
 * every transaction that is still valid on the rebuilt state, with the protocol's roots and
 * receipts; a transaction that no longer is is dropped, and a block left empty disappears.
 * Block timestamps are kept, so the rebuilt chain fits the batches' timestamp rule.
 */
final class ChainRebuild {
  /** A rebuilt block, the state after it and the withdrawals it recorded. */
  record Sealed(L2Block block, StateTree tree, List<Withdrawal> withdrawals) {
    public Sealed {
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(tree, "tree");
      withdrawals = List.copyOf(withdrawals);
    }
  }

  /** The rebuilt blocks and the hashes of the transactions dropped. */
  record Result(List<Sealed> blocks, List<Bytes32> dropped) {
    public Result {
      blocks = List.copyOf(blocks);
      dropped = List.copyOf(dropped);
    }
  }

  private ChainRebuild() {}

  /** Rebuilds {@code old} on top of {@code parent}, whose state is {@code tree}. */
  static Result run(L2Block parent, StateTree tree, List<L2Block> old, ChainParams p) {
    List<Sealed> out = new ArrayList<>();
    List<Bytes32> dropped = new ArrayList<>();
    for (L2Block b : old) {
      List<BlockEntry> entries = new ArrayList<>();
      List<Withdrawal> withdrawals = new ArrayList<>();
      for (BlockEntry e : b.entries()) {
        EntryResult r = ChainAudit.execute(tree, e, p);
        if (r.outcome() instanceof Outcome.Invalid && e instanceof BlockEntry.Tx t) {
          dropped.add(t.hash());
          continue;
        }
        entries.add(rebuilt(e, r));
        if (r.outcome() instanceof Outcome.Executed ex) {
          ex.withdrawal().ifPresent(withdrawals::add);
        }
        tree = r.post();
      }
      if (!entries.isEmpty()) {
        L2Block sealed = L2Block.seal(parent, Math.max(b.timestamp(), parent.timestamp()), entries);
        out.add(new Sealed(sealed, tree, withdrawals));
        parent = sealed;
      }
    }
    return new Result(out, dropped);
  }

  private static BlockEntry rebuilt(BlockEntry e, EntryResult r) {
    Bytes32 root = r.post().root();
    if (e instanceof BlockEntry.Queued q) {
      return new BlockEntry.Queued(q.queueIndex(), q.item(), q.l1Block(), root);
    }
    Outcome.Executed ex = (Outcome.Executed) r.outcome();
    return new BlockEntry.Tx(((BlockEntry.Tx) e).raw(), ex.sender(), ex.status(), ex.gasUsed(), root);
  }
}
