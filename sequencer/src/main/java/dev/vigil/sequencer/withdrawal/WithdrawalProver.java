package dev.vigil.sequencer.withdrawal;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.batch.BatchInfo;
import dev.vigil.sequencer.batch.RollupSnapshot;
import dev.vigil.sequencer.block.ChainState;
import java.util.List;
import java.util.Optional;

/**
 * Builds withdrawal proofs against a batch on L1: the newest finalized batch if it holds the
 * withdrawal (the proof is payable now), else the newest posted batch (payable once that batch
 * is final). The proof comes from the state snapshot at the batch's last block and is checked
 * against the batch's {@code postStateRoot} as L1 recorded it before it is handed out.
 */
public final class WithdrawalProver {
  /** A proof, or why there is none yet. */
  public sealed interface Result {
    record Proven(WithdrawalProof proof) implements Result {}

    record Unavailable(String reason) implements Result {}
  }

  private final WithdrawalIndex index;
  private final ChainState chain;

  public WithdrawalProver(WithdrawalIndex index, ChainState chain) {
    this.index = index;
    this.chain = chain;
  }

  public Result prove(long withdrawalIndex, RollupSnapshot l1) {
    Optional<WithdrawalIndex.Located> found = index.get(withdrawalIndex);
    if (found.isEmpty()) {
      return new Result.Unavailable("unknown withdrawal " + withdrawalIndex);
    }
    long l2Block = found.get().l2Block();
    Optional<BatchInfo> finalized = l1.newestFinalized().filter(b -> b.lastBlock() >= l2Block);
    Optional<BatchInfo> batch = finalized.isPresent()
        ? finalized
        : l1.latest().filter(b -> b.lastBlock() >= l2Block);
    if (batch.isEmpty()) {
      return new Result.Unavailable("withdrawal " + withdrawalIndex + " (L2 block " + l2Block
          + ") is not in a batch on L1 yet");
    }
    return prove(found.get().withdrawal(), l2Block, batch.get(), l1.isFinalized(batch.get()));
  }

  private Result prove(Withdrawal w, long l2Block, BatchInfo batch, boolean finalized) {
    Optional<StateTree> state = chain.stateAt(batch.lastBlock());
    if (state.isEmpty()) {
      return new Result.Unavailable("the state of L2 block " + batch.lastBlock() + " is no longer kept");
    }
    Bytes32 root = state.get().root();
    if (!root.equals(batch.postStateRoot())) {
      return new Result.Unavailable("batch " + batch.index() + " on L1 has post-state root "
          + batch.postStateRoot() + " but this sequencer's block " + batch.lastBlock() + " has " + root);
    }
    List<Bytes32> siblings = state.get().proof(w.leafKey());
    if (!StateTree.verify(root, w.leafKey(), w.leafValue(), siblings)) {
      throw new IllegalStateException("withdrawal " + w.index() + " does not verify in its own state");
    }
    return new Result.Proven(
        new WithdrawalProof(w, l2Block, batch.index(), root, siblings, finalized));
  }
}
