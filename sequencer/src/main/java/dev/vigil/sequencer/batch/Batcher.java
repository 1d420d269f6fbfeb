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
 * position); if not, it posts nothing and says why. When a fraud proof reverts batches, it
 * has the local chain after the new tip re-executed before posting it again.
 */
public final class Batcher {
  private static final System.Logger LOG = System.getLogger(Batcher.class.getName());

  private final RollupL1 l1;
  private final RollupMirror mirror;
  private final ChainStore store;
  private final ChainState chain;
  private final BatchAssembler assembler;
  private final LocalChainCheck check;
  private final BatchTamper tamper;
  private final RevertWatch reverts;
  private String lastProblem = "";

  public Batcher(RollupL1 l1, RollupMirror mirror, ChainStore store, ChainState chain,
      BatchAssembler assembler) {
    this(l1, mirror, store, chain, assembler, LocalChainCheck.NONE, BatchTamper.NONE);
  }

  public Batcher(RollupL1 l1, RollupMirror mirror, ChainStore store, ChainState chain,
      BatchAssembler assembler, LocalChainCheck check, BatchTamper tamper) {
    this.l1 = l1;
    this.mirror = mirror;
    this.store = store;
    this.chain = chain;
    this.assembler = assembler;
    this.check = check;
    this.tamper = tamper;
    this.reverts = new RevertWatch(l1, mirror.current());
  }

  /** One round: refresh the L1 view, post the next batch if blocks wait; true if more wait. */
  public boolean round() {
    RollupSnapshot s = mirror.refresh();
    Optional<Revert> revert = reverts.check(s);
    if (revert.isPresent()) {
      afterRevert(revert.get());
    }
    reverts.accept(s);
    chain.retainFrom(s.finalizedBlock());
    long head = chain.head().block().number();
    long next = s.safeBlock() + 1;
    if (next > head) {
      return false;
    }
    if (diverges(s)) {
      return false;
    }
    Optional<BatchPlan> plan = assembler.assemble(next, head, this::block);
    if (plan.isEmpty()) {
      return false;
    }
    BatchPlan honest = plan.get();
    long index = s.batchCount();
    BatchPlan outgoing = tamper.replace(index, honest).orElse(honest);
    // Checked before every post, not once: a bond can be slashed or taken back meanwhile.
    l1.ensureBond();
    post(outgoing, index);
    seePosted();
    return honest.lastBlock() < head;
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
    tamper.posted(index, plan, r.txHash());
  }

  /**
   * Reads L1 again right after a post, so that a proof reverting this batch before the next
   * round is compared with a read that has it. If L1 cannot be read now, the next round still
   * sees the revert through the rollup's event.
   */
  private void seePosted() {
    try {
      reverts.posted(mirror.refresh());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "could not read L1 after posting (" + e.getMessage() + ")");
    }
  }

  /**
   * Logs the revert, then has the local chain after the new safe block executed again. L1 is
   * the truth: the next round posts from the new safe block on.
   */
  private void afterRevert(Revert r) {
    String by = r.event()
        .map(e -> " challenger=" + e.challenger() + " l1Block=" + e.l1Block())
        .orElse("");
    LOG.log(Level.WARNING, String.format(Locale.ROOT,
        "BATCHES REVERTED batches=%d..%d%s safeBlock=%d->%d; posting again from L2 block %d",
        r.fromBatch(), r.toBatch() - 1, by, r.safeBlockBefore(), r.safeBlockAfter(),
        r.safeBlockAfter() + 1));
    for (long i = r.fromBatch(); i < r.toBatch(); i++) {
      long index = i;
      tamper.reverted(index).ifPresent(lie -> LOG.log(Level.INFO, "batch " + index + " carried the"
          + " injected fault " + lie + "; it was proven and the honest chain is posted instead"));
    }
    check.recheckAfter(Math.min(r.safeBlockAfter(), chain.head().block().number()));
  }

  /** Whether L1's tip is off this sequencer's chain; says why once per distinct problem. */
  private boolean diverges(RollupSnapshot s) {
    Optional<String> problem = divergence(s);
    if (problem.isEmpty()) {
      lastProblem = "";
      return false;
    }
    if (!problem.get().equals(lastProblem)) {
      boolean ownLie = s.latest().map(tamper::isOwnLie).orElse(false);
      if (ownLie) {
        LOG.log(Level.WARNING, "not posting until a fraud proof reverts batch "
            + s.latest().get().index() + ", which carries an injected fault: " + problem.get());
      } else {
        LOG.log(Level.ERROR, "not posting: " + problem.get());
      }
      lastProblem = problem.get();
    }
    return true;
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
