package dev.vigil.sequencer.block;

import dev.vigil.protocol.state.StateTree;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * What readers (JSON-RPC, the batcher) see of the chain: the sealed head, the pending state (the
 * open block's tree) and a state snapshot per retained block. Only the block builder's thread
 * writes; any thread reads. Trees are persistent, so a snapshot costs only the nodes its block
 * changed.
 */
public final class ChainState {
  /** The newest sealed block with the state after it. */
  public record Head(L2Block block, StateTree tree) {
    public Head {
      Objects.requireNonNull(block, "block");
      Objects.requireNonNull(tree, "tree");
    }
  }

  private final ConcurrentSkipListMap<Long, StateTree> snapshots = new ConcurrentSkipListMap<>();
  private volatile Head head = new Head(L2Block.GENESIS, StateTree.empty());
  private volatile StateTree pending = StateTree.empty();
  private volatile long queueNext;
  private volatile long retainFrom;

  public ChainState() {
    snapshots.put(0L, StateTree.empty());
  }

  public Head head() {
    return head;
  }

  /** The state of the open block: what {@code pending} queries answer from. */
  public StateTree pending() {
    return pending;
  }

  /** The state after block {@code number}, if its snapshot is retained. */
  public Optional<StateTree> stateAt(long number) {
    return Optional.ofNullable(snapshots.get(number));
  }

  /** The lowest block number whose snapshot is kept (genesis is always kept). */
  public long retainedFrom() {
    return retainFrom;
  }

  /** Publishes a newly sealed block; the open block starts from its state. */
  void sealed(L2Block block, StateTree tree) {
    if (block.number() >= retainFrom) {
      snapshots.put(block.number(), tree);
    }
    head = new Head(block, tree);
    pending = tree;
    queueNext = block.queueEnd();
  }

  /** Makes {@code block} (with state {@code tree}) the head again, dropping the later snapshots. */
  void rewind(L2Block block, StateTree tree) {
    if (block.number() >= retainFrom) {
      snapshots.put(block.number(), tree);
    }
    head = new Head(block, tree);
    pending = tree;
    queueNext = block.queueEnd();
    snapshots.tailMap(block.number(), false).clear();
  }

  void pending(StateTree tree, long queueNext) {
    this.pending = Objects.requireNonNull(tree, "tree");
    this.queueNext = queueNext;
  }

  /** The index of the next L1 queue item to execute: the items before it are in the pending state. */
  public long queueNext() {
    return queueNext;
  }

  /**
   * Drops the snapshots of blocks below {@code number} (genesis stays): called when a batch
   * ending at {@code number} is finalized, since older states can no longer be needed for a
   * withdrawal proof.
   */
  public void retainFrom(long number) {
    if (number <= retainFrom) {
      return;
    }
    retainFrom = number;
    snapshots.headMap(number, false).keySet().removeIf(n -> n != 0L);
  }
}
