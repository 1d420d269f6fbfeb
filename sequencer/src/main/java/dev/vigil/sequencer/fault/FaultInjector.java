package dev.vigil.sequencer.fault;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.sequencer.batch.BatchPlan;
import dev.vigil.sequencer.block.L2Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Falsifies a batch the way a real cheater would: the lie is told at the first entry it can be
 * told about, and every later root is the protocol's execution of the later entries on the lied
 * state, so the batch is consistent except at exactly one entry, which is what a fraud proof
 * has to find.
 */
public final class FaultInjector {
  private final ChainParams params;

  public FaultInjector(ChainParams params) {
    this.params = Objects.requireNonNull(params, "params");
  }

  /**
   * The falsified version of {@code honest}, whose blocks are {@code blocks} and whose previous
   * state is {@code pre}; empty when the batch holds nothing this kind of lie is about, or when
   * an extra entry would not fit the protocol's limits.
   */
  public Optional<Injection> inject(Fault fault, BatchPlan honest, List<L2Block> blocks, StateTree pre) {
    if (blocks.size() != honest.batch().blocks().size()) {
      throw new IllegalArgumentException(blocks.size() + " blocks for a plan of "
          + honest.batch().blocks().size());
    }
    List<Step> steps = new ArrayList<>(Step.of(blocks));
    List<BlockSpec> specs = new ArrayList<>(honest.batch().blocks());
    if (fault.kind() == FaultKind.BAD_SIGNATURE) {
      Optional<Step.Forged> forged = Forgery.forge(steps, pre, params);
      if (forged.isEmpty()) {
        return Optional.empty();
      }
      steps.add(forged.get());
      BlockSpec last = specs.remove(specs.size() - 1);
      specs.add(new BlockSpec(last.timestamp(), last.entryCount() + 1));
    }
    return lie(fault, steps, pre).flatMap(l -> plan(fault, honest, specs, steps, l));
  }

  /** The roots with the lie told at the first entry it fits, or empty if none fits. */
  private Optional<Lie> lie(Fault fault, List<Step> steps, StateTree pre) {
    StateTree cur = pre;
    List<Bytes32> roots = new ArrayList<>(steps.size());
    int at = -1;
    Bytes32 honestRoot = Bytes32.ZERO;
    for (int i = 0; i < steps.size(); i++) {
      EntryResult honest = steps.get(i).honest(cur, params);
      StateTree next = honest.post();
      if (at < 0) {
        Optional<StateTree> lied = Lies.tell(fault.kind(), steps.get(i), cur, honest,
            i == steps.size() - 1, params);
        if (lied.isPresent() && !lied.get().root().equals(next.root())) {
          at = i;
          honestRoot = next.root();
          next = lied.get();
        }
      }
      cur = next;
      roots.add(cur.root());
    }
    return at < 0 ? Optional.empty() : Optional.of(new Lie(roots, at, honestRoot));
  }

  private record Lie(List<Bytes32> roots, int entry, Bytes32 honestRoot) {}

  private static Optional<Injection> plan(Fault fault, BatchPlan honest, List<BlockSpec> specs,
      List<Step> steps, Lie lie) {
    List<BatchEntry> entries = steps.stream().map(Step::entry).toList();
    Batch batch;
    try {
      batch = new Batch(specs, entries);
    } catch (IllegalArgumentException tooBig) {
      return Optional.empty();
    }
    BatchPlan plan = new BatchPlan(batch, lie.roots(), honest.firstBlock(), honest.lastBlock(),
        honest.queueStart());
    return Optional.of(new Injection(fault, plan, lie.entry(), lie.roots().get(lie.entry()),
        lie.honestRoot()));
  }
}
