package dev.vigil.sequencer.block;

import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.mempool.Submission;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The block being built: its entries in execution order, the state after the last one, and the
 * callers waiting for their transactions to be sealed. Confined to the block builder's thread.
 */
final class OpenBlock {
  private final L2Block parent;
  private final BlockLimits limits;
  private final List<BlockEntry> entries = new ArrayList<>();
  private final List<Withdrawal> withdrawals = new ArrayList<>();
  private final Map<Bytes32, CompletableFuture<Submission>> waiting = new LinkedHashMap<>();
  private StateTree tree;
  private int batchBytes = BatchCodec.headerSize(1);
  private long queueNext;

  OpenBlock(L2Block parent, StateTree parentTree, BlockLimits limits) {
    this.parent = parent;
    this.tree = parentTree;
    this.limits = limits;
    this.queueNext = parent.queueEnd();
  }

  L2Block parent() {
    return parent;
  }

  StateTree tree() {
    return tree;
  }

  List<BlockEntry> entries() {
    return entries;
  }

  List<Withdrawal> withdrawals() {
    return withdrawals;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The index of the next queue item this block would consume. */
  long queueNext() {
    return queueNext;
  }

  boolean isWaiting(Bytes32 hash) {
    return waiting.containsKey(hash);
  }

  /** Whether one more entry of {@code encodedSize} bytes keeps the block within its limits. */
  boolean fits(int encodedSize) {
    return entries.size() < limits.maxEntries() && batchBytes + encodedSize <= limits.maxBatchBytes();
  }

  void add(Execution e) {
    entries.add(e.entry());
    batchBytes += e.entry().encodedSize();
    tree = e.post();
    e.withdrawal().ifPresent(withdrawals::add);
    if (e.entry() instanceof BlockEntry.Queued) {
      queueNext++;
    }
  }

  /** Registers the caller waiting for transaction {@code hash}, which was just added. */
  void await(Bytes32 hash, CompletableFuture<Submission> done) {
    waiting.put(hash, done);
  }

  /** The hashes of the transactions waiting for this block. */
  List<Bytes32> waitingHashes() {
    return new ArrayList<>(waiting.keySet());
  }

  /** Tells every waiting caller its transaction is in block {@code number}. */
  void included(long number) {
    waiting.forEach((hash, f) -> f.complete(new Submission.Included(hash, number)));
  }

  /** Tells every waiting caller the block could not be stored. */
  void failed(Throwable cause) {
    waiting.values().forEach(f -> f.completeExceptionally(cause));
  }

  /** The queue entries of this block, to execute again in a fresh block after a failed write. */
  List<BlockEntry.Queued> queued() {
    List<BlockEntry.Queued> out = new ArrayList<>();
    for (BlockEntry e : entries) {
      if (e instanceof BlockEntry.Queued q) {
        out.add(q);
      }
    }
    return out;
  }
}
