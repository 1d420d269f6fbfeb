package dev.vigil.sequencer.fault;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.sequencer.batch.BatchInfo;
import dev.vigil.sequencer.batch.BatchPlan;
import dev.vigil.sequencer.batch.BatchTamper;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.storage.ChainStore;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batcher's tamper hook for {@code --fault}: when a requested fault is due, the batch about
 * to be posted is falsified from the stored blocks and the state before them; once it landed,
 * the fault is recorded in the store so that it never fires again, not even after a restart or
 * after the proof reverted it. Called from the batcher's thread only.
 */
public final class FaultInjection implements BatchTamper {
  private static final System.Logger LOG = System.getLogger(FaultInjection.class.getName());

  private final FaultPlan plan;
  private final FaultInjector injector;
  private final ChainStore store;
  private final ChainState chain;
  private final Map<Long, Injection> told = new ConcurrentHashMap<>();
  private final Set<String> reported = new HashSet<>();
  private Injection pending;

  public FaultInjection(FaultPlan plan, FaultInjector injector, ChainStore store, ChainState chain) {
    this.plan = plan;
    this.injector = injector;
    this.store = store;
    this.chain = chain;
  }

  @Override
  public Optional<BatchPlan> replace(long index, BatchPlan honest) {
    pending = null;
    Optional<Fault> due = plan.due(index, f -> store.faultFired(f.toString()).isPresent());
    if (due.isEmpty()) {
      return Optional.empty();
    }
    Optional<StateTree> pre = chain.stateAt(honest.firstBlock() - 1);
    Optional<Injection> lie = pre.flatMap(p -> injector.inject(due.get(), honest, blocks(honest), p));
    if (lie.isEmpty()) {
      reportOnce(due.get(), index, pre.isEmpty()
          ? "no state kept for L2 block " + (honest.firstBlock() - 1)
          : "the batch holds no entry this lie is about");
      return Optional.empty();
    }
    pending = lie.get();
    return Optional.of(pending.plan());
  }

  @Override
  public void posted(long index, BatchPlan posted, Bytes32 l1Tx) {
    Injection i = pending;
    pending = null;
    if (i == null || i.plan() != posted) {
      return;
    }
    store.markFaultFired(i.fault().toString(), index);
    told.put(index, i);
    LOG.log(Level.WARNING, "FAULT INJECTED kind=" + i.fault().kind() + " batch=" + index
        + " entry=" + i.entry() + " blocks=" + posted.firstBlock() + ".." + posted.lastBlock()
        + " claimedRoot=" + i.claimedRoot() + " honestRoot=" + i.honestRoot()
        + " l1tx=" + l1Tx.toHex());
  }

  @Override
  public boolean isOwnLie(BatchInfo batch) {
    Injection i = told.get(batch.index());
    return i != null && i.plan().postStateRoot().equals(batch.postStateRoot())
        && i.plan().firstBlock() == batch.firstBlock();
  }

  @Override
  public Optional<String> reverted(long index) {
    return Optional.ofNullable(told.remove(index)).map(i -> i.fault().toString());
  }

  private List<L2Block> blocks(BatchPlan honest) {
    List<L2Block> out = new ArrayList<>();
    for (long n = honest.firstBlock(); n <= honest.lastBlock(); n++) {
      final long number = n;
      out.add(store.block(n).orElseThrow(
          () -> new IllegalStateException("sealed L2 block " + number + " is not in the store")));
    }
    return out;
  }

  private void reportOnce(Fault f, long index, String why) {
    if (reported.add(f + "/" + index)) {
      LOG.log(Level.INFO, "fault " + f + " not injected in batch " + index + ": " + why
          + "; trying the next batch");
    }
  }
}
