package dev.vigil.sequencer.batch;

import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.storage.PostedBatch;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Optional;

/**
 * Posts sealed blocks to L1. L1 is the truth about what is posted: every round reads the rollup
 * first, and the next block to post is the rollup's {@code lastBlock() + 1}, so a restart, a
 * lost receipt or a reverted batch never makes the batcher skip or repeat blocks. Before
 * posting it checks that L1's tip is this sequencer's chain (same state root, same queue
 * position); if not, it posts nothing and says why.
 */
public final class Batcher {
  private static final System.Logger LOG = System.getLogger(Batcher.class.getName());

  private final RollupL1 l1;
  private final RollupMirror mirror;
  private final ChainStore store;
  private final ChainState chain;
  private final BatchAssembler assembler;
  private String lastProblem = "";

  public Batcher(RollupL1 l1, RollupMirror mirror, ChainStore store, ChainState chain,
      BatchAssembler assembler) {
    this.l1 = l1;
    this.mirror = mirror;
    this.store = store;
    this.chain = chain;
    this.assembler = assembler;
  }

  /** One round: refresh the L1 view, post the next batch if blocks wait; true if more wait. */
  public boolean round() {
    RollupSnapshot s = mirror.refresh();
    chain.retainFrom(s.finalizedBlock());
    long head = chain.head().block().number();
    long next = s.safeBlock() + 1;
    if (next > head) {
      return false;
    }
    Optional<String> problem = divergence(s);
    if (problem.isPresent()) {
      if (!problem.get().equals(lastProblem)) {
        LOG.log(Level.ERROR, "not posting: " + problem.get());
        lastProblem = problem.get();
      }
      return false;
    }
    lastProblem = "";
    Optional<BatchPlan> plan = assembler.assemble(next, head, this::block);
    if (plan.isEmpty()) {
      return false;
    }
    // Checked before every post, not once: a bond can be slashed or taken back meanwhile.
    l1.ensureBond();
    post(plan.get(), s.batchCount());
    return plan.get().lastBlock() < head;
  }

  private void post(BatchPlan plan, long expectedIndex) {
    RollupL1.AppendReceipt r = l1.appendBatch(BatchCodec.encode(plan.batch()), plan.roots());
    if (!r.success()) {
      throw new IllegalStateException("appendBatch for L2 blocks " + plan.firstBlock() + ".."
          + plan.lastBlock() + " reverted in L1 transaction " + r.txHash());
    }
    long index = r.batchIndex() >= 0 ? r.batchIndex() : expectedIndex;
    store.putBatch(new PostedBatch(index, r.txHash(), plan.firstBlock(), plan.lastBlock(),
        plan.entryCount()));
    LOG.log(Level.INFO, String.format(Locale.ROOT,
        "batch=%d entries=%d blocks=%d..%d calldata=%d l1gas=%d bytesPerTransfer=%.1f l1tx=%s",
        index, plan.entryCount(), plan.firstBlock(), plan.lastBlock(), r.calldataBytes(),
        r.gasUsed(), (double) r.calldataBytes() / plan.entryCount(), r.txHash().toHex()));
  }

  /** Why L1's tip is not on this sequencer's chain, if it is not. */
  private Optional<String> divergence(RollupSnapshot s) {
    long safe = s.safeBlock();
    long head = chain.head().block().number();
    if (safe > head) {
      return Optional.of("L1 holds L2 blocks up to " + safe + " but this sequencer's head is " + head);
    }
    L2Block tip = block(safe);
    Bytes32 l1Root = s.latest().map(BatchInfo::postStateRoot).orElse(Bytes32.ZERO);
    if (!tip.stateRoot().equals(l1Root)) {
      return Optional.of("L1's last batch ends at L2 block " + safe + " with state root " + l1Root
          + ", this sequencer's block " + safe + " has " + tip.stateRoot());
    }
    if (tip.queueEnd() != s.queueConsumed()) {
      return Optional.of("L1's batches consumed " + s.queueConsumed() + " queue items by L2 block "
          + safe + ", this sequencer's chain " + tip.queueEnd());
    }
    return Optional.empty();
  }

  private L2Block block(long number) {
    return store.block(number).orElseThrow(
        () -> new IllegalStateException("sealed L2 block " + number + " is not in the store"));
  }
}
