package dev.vigil.sequencer.block;

import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.mempool.Admission;
import dev.vigil.sequencer.mempool.AdmittedTx;
import dev.vigil.sequencer.mempool.Submission;
import dev.vigil.sequencer.queue.QueuedItem;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.withdrawal.WithdrawalIndex;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The sequencer's single sequencing thread. It owns the open block: every admitted transaction
 * and every queue item is executed on the open block's state the moment it arrives, in arrival
 * order, so the pending state is exactly the open block's tree and a refusal (nonce, funds) is
 * decided against it. Once started, a non-empty open block is sealed as soon as the thread has
 * nothing else queued (and at the latest one block time after it got its first entry), written
 * durably, and only then are the waiting callers given their transaction hashes. Sealing when
 * idle commits in groups by itself: while one block is written, the transactions that arrive
 * queue up and go into the next one.
 */
public final class BlockBuilder implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(BlockBuilder.class.getName());

  private final ChainStore store;
  private final ChainParams params;
  private final ChainState chain;
  private final WithdrawalIndex withdrawals;
  private final BlockLimits limits;
  private final LongSupplier clockSeconds;
  private final ScheduledExecutorService thread;
  private final Set<Bytes32> pendingHashes = ConcurrentHashMap.newKeySet();
  /** Tasks handed to the thread and not yet finished: zero after a task means the thread is idle. */
  private final AtomicInteger queuedTasks = new AtomicInteger();
  private volatile boolean sealWhenIdle;
  private OpenBlock open;

  /** Starts building on top of {@code chain}'s head (already replayed from {@code store}). */
  public BlockBuilder(ChainStore store, ChainParams params, ChainState chain,
      WithdrawalIndex withdrawals, BlockLimits limits, LongSupplier clockSeconds) {
    this.store = store;
    this.params = params;
    this.chain = chain;
    this.withdrawals = withdrawals;
    this.limits = limits;
    this.clockSeconds = clockSeconds;
    this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "vigil-sequencing");
      t.setDaemon(true);
      return t;
    });
    ChainState.Head head = chain.head();
    this.open = new OpenBlock(head.block(), head.tree(), limits);
  }

  /**
   * From now on, seals the open block whenever the thread runs out of queued work, and at the
   * latest every {@code blockTimeMs} when it has entries (the bound for a thread kept busy).
   */
  public void start(long blockTimeMs) {
    sealWhenIdle = true;
    thread.scheduleWithFixedDelay(this::sealQuietly, blockTimeMs, blockTimeMs, TimeUnit.MILLISECONDS);
  }

  /**
   * Whether a transaction of this hash is waiting in the open block: a memory lookup, for
   * admission on the receiving thread. One already sealed is found in the store when it is
   * executed, on the sequencing thread, with the same refusal.
   */
  public boolean isKnown(Bytes32 hash) {
    return pendingHashes.contains(hash);
  }

  /**
   * Executes {@code tx} on the pending state; the future completes once it is sealed and stored
   * ({@link Submission.Included}), or at once with a refusal.
   */
  public CompletableFuture<Submission> submit(AdmittedTx tx) {
    CompletableFuture<Submission> done = new CompletableFuture<>();
    run(() -> execute(tx, done), done);
    return done;
  }

  /** Executes the queue items in index order, skipping the ones already consumed. */
  public void enqueue(List<QueuedItem> items) {
    run(() -> items.forEach(this::execute), new CompletableFuture<>());
  }

  /** Seals the open block now if it has entries; the sealed block, if any. */
  public CompletableFuture<Optional<L2Block>> seal() {
    CompletableFuture<Optional<L2Block>> done = new CompletableFuture<>();
    run(() -> done.complete(sealOpen()), done);
    return done;
  }

  /**
   * Seals what is open, then executes the chain after block {@code after} again as a verifier
   * would; if an entry was stored with a root or receipt the protocol does not give (a lie in
   * the local state), rebuilds the chain from the block before it. The first lie found, if any.
   */
  public CompletableFuture<Optional<ChainAudit.Lie>> recheckAfter(long after) {
    CompletableFuture<Optional<ChainAudit.Lie>> done = new CompletableFuture<>();
    run(() -> done.complete(recheck(after)), done);
    return done;
  }

  private Optional<ChainAudit.Lie> recheck(long after) {
    sealOpen();
    long head = chain.head().block().number();
    StateTree state = chain.stateAt(after).orElseThrow(() -> new IllegalStateException(
        "no state kept for L2 block " + after + " (kept from " + chain.retainedFrom() + ")"));
    Optional<ChainAudit.Lie> lie = ChainAudit.firstLie(store, state, after, head, params);
    if (lie.isEmpty()) {
      LOG.log(Level.INFO, "local chain after L2 block " + after + " re-executed up to block " + head
          + ": every entry as stored");
      return lie;
    }
    LOG.log(Level.ERROR, "local L2 block " + lie.get().block() + " entry " + lie.get().entry()
        + " was stored with root " + lie.get().storedRoot() + " but executes to "
        + lie.get().computedRoot() + "; rebuilding the chain from block " + lie.get().block());
    rebuild(lie.get().block(), head);
    return lie;
  }

  /** Replaces blocks {@code first..head} by their honest re-execution on block {@code first - 1}. */
  private void rebuild(long first, long head) {
    L2Block parent = stored(first - 1);
    StateTree tree = chain.stateAt(first - 1).orElseThrow(
        () -> new IllegalStateException("no state kept for L2 block " + (first - 1)));
    List<L2Block> old = new ArrayList<>();
    for (long n = first; n <= head; n++) {
      old.add(stored(n));
    }
    ChainRebuild.Result r = ChainRebuild.run(parent, tree, old, params);
    store.replace(old, r.blocks().stream().map(ChainRebuild.Sealed::block).toList(),
        r.blocks().stream().map(ChainRebuild.Sealed::withdrawals).toList());
    chain.rewind(parent, tree);
    withdrawals.removeAfter(parent.number());
    for (ChainRebuild.Sealed b : r.blocks()) {
      chain.sealed(b.block(), b.tree());
      b.withdrawals().forEach(w -> withdrawals.add(w, b.block().number()));
    }
    ChainState.Head now = chain.head();
    open = new OpenBlock(now.block(), now.tree(), limits);
    LOG.log(Level.WARNING, "rebuilt L2 blocks " + first + ".." + head + " as " + first + ".."
        + now.block().number() + " (root " + now.tree().root() + "); dropped " + r.dropped().size()
        + " transaction(s) no longer valid: " + r.dropped());
  }

  private L2Block stored(long number) {
    return store.block(number).orElseThrow(
        () -> new IllegalStateException("stored L2 block " + number + " is missing"));
  }

  /** Runs {@code task} on the sequencing thread; {@code onFailure} gets its exception, if any. */
  private void run(Runnable task, CompletableFuture<?> onFailure) {
    queuedTasks.incrementAndGet();
    try {
      thread.execute(() -> {
        try {
          task.run();
        } catch (RuntimeException e) {
          LOG.log(Level.ERROR, "sequencing task failed", e);
          onFailure.completeExceptionally(e);
        } finally {
          if (queuedTasks.decrementAndGet() == 0 && sealWhenIdle) {
            sealQuietly();
          }
        }
      });
    } catch (RejectedExecutionException e) {
      queuedTasks.decrementAndGet();
      onFailure.completeExceptionally(new IllegalStateException("the sequencer is shutting down", e));
    }
  }

  private void execute(AdmittedTx a, CompletableFuture<Submission> done) {
    Bytes32 hash = a.tx().hash();
    if (open.isWaiting(hash) || store.tx(hash).isPresent()) {
      done.complete(new Submission.Refused(Admission.ALREADY_KNOWN));
      return;
    }
    StateTree pre = open.tree();
    Execution.Result r = Execution.ofTx(pre, a.tx(), a.sender(), a.batchEntry(), params);
    if (r instanceof Execution.Result.Refused refused) {
      done.complete(new Submission.Refused(refused.message()));
      return;
    }
    Execution ex = ((Execution.Result.Done) r).execution();
    // The entry's calldata size (compact or raw) is known once it is executed; sealing keeps
    // the state, so the execution stays valid for the next block, unless the block could not
    // be stored and the state went back.
    if (!open.fits(ex.entry().encodedSize())) {
      sealOpen();
      if (open.tree() != pre) {
        execute(a, done);
        return;
      }
    }
    open.add(ex);
    open.await(hash, done);
    pendingHashes.add(hash);
    chain.pending(open.tree(), open.queueNext());
  }

  private void execute(QueuedItem q) {
    if (q.index() < open.queueNext()) {
      return;
    }
    if (q.index() > open.queueNext()) {
      LOG.log(Level.WARNING, "queue item " + q.index() + " arrived while " + open.queueNext()
          + " is next; dropped until it is next");
      return;
    }
    if (!open.fits(BatchCodec.QUEUE_ENTRY_SIZE)) {
      sealOpen();
    }
    open.add(Execution.ofQueued(open.tree(), q, params));
    chain.pending(open.tree(), open.queueNext());
  }

  private void sealQuietly() {
    try {
      sealOpen();
    } catch (RuntimeException e) {
      // A periodic task that throws is never run again: log and keep sealing.
      LOG.log(Level.ERROR, "sealing failed", e);
    }
  }

  private Optional<L2Block> sealOpen() {
    if (open.isEmpty()) {
      return Optional.empty();
    }
    OpenBlock sealing = open;
    long timestamp = Math.max(clockSeconds.getAsLong(), sealing.parent().timestamp());
    L2Block block = L2Block.seal(sealing.parent(), timestamp, sealing.entries());
    try {
      store.append(block, sealing.withdrawals());
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "could not store L2 block " + block.number() + "; its transactions are dropped", e);
      discard(sealing, e);
      return Optional.empty();
    }
    chain.sealed(block, sealing.tree());
    for (Withdrawal w : sealing.withdrawals()) {
      withdrawals.add(w, block.number());
    }
    open = new OpenBlock(block, sealing.tree(), limits);
    sealing.included(block.number());
    pendingHashes.removeAll(sealing.waitingHashes());
    return Optional.of(block);
  }

  /**
   * Forgets a block that could not be stored: its callers get the error, the pending state goes
   * back to the head, and its queue items (which must be consumed in order) run again.
   */
  private void discard(OpenBlock failed, RuntimeException cause) {
    ChainState.Head head = chain.head();
    open = new OpenBlock(head.block(), head.tree(), limits);
    chain.pending(head.tree(), head.block().queueEnd());
    failed.failed(cause);
    pendingHashes.removeAll(failed.waitingHashes());
    for (BlockEntry.Queued q : failed.queued()) {
      execute(new QueuedItem(q.queueIndex(), q.item(), q.l1Block()));
    }
  }

  /** Seals what is open, then stops the thread; later submissions are refused. */
  @Override
  public void close() {
    try {
      seal().get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.log(Level.WARNING, "could not seal the open block on shutdown: " + e);
    }
    thread.shutdown();
    try {
      if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.log(Level.WARNING, "sequencing thread did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
