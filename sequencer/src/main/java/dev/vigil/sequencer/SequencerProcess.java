package dev.vigil.sequencer;

import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.TxManager;
import dev.vigil.node.rpc.JsonRpcServer;
import dev.vigil.node.rpc.JsonRpcServerConfig;
import dev.vigil.node.storage.KvStore;
import dev.vigil.node.storage.LevelDbStore;
import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.sequencer.batch.BatchAssembler;
import dev.vigil.sequencer.batch.BatchTamper;
import dev.vigil.sequencer.batch.Batcher;
import dev.vigil.sequencer.batch.RollupMirror;
import dev.vigil.sequencer.batch.RollupOnL1;
import dev.vigil.sequencer.batch.RollupView;
import dev.vigil.sequencer.block.BlockBuilder;
import dev.vigil.sequencer.block.BlockLimits;
import dev.vigil.sequencer.block.ChainReplay;
import dev.vigil.sequencer.block.ChainState;
import dev.vigil.sequencer.block.L1Clock;
import dev.vigil.sequencer.fault.FaultInjection;
import dev.vigil.sequencer.fault.FaultInjector;
import dev.vigil.sequencer.fault.FaultPlan;
import dev.vigil.sequencer.mempool.Admission;
import dev.vigil.sequencer.queue.BridgeQueue;
import dev.vigil.sequencer.queue.QueueWatcher;
import dev.vigil.sequencer.rpc.SequencerRpc;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.withdrawal.WithdrawalIndex;
import dev.vigil.sequencer.withdrawal.WithdrawalProver;
import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The sequencer's object graph, built by hand in dependency order: L1 parameters, the store,
 * the replayed chain, the sequencing thread, the JSON-RPC server, then the L1 loops (queue
 * watcher, batcher). {@link #close()} takes it down in reverse, the store last.
 */
public final class SequencerProcess implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(SequencerProcess.class.getName());
  /** The longest pause between retries of a failing L1 loop. */
  private static final long MAX_BACKOFF_MS = 30_000;
  /** How long the batcher waits for the local chain to be re-executed after a revert. */
  private static final long RECHECK_TIMEOUT_S = 120;

  private final L1Client l1;
  private final KvStore kv;
  private final BlockBuilder builder;
  private final Vertx vertx;
  private final JsonRpcServer server;
  private final PollLoop watcherLoop;
  private final PollLoop batcherLoop;

  private SequencerProcess(L1Client l1, KvStore kv, BlockBuilder builder, Vertx vertx,
      JsonRpcServer server, PollLoop watcherLoop, PollLoop batcherLoop) {
    this.l1 = l1;
    this.kv = kv;
    this.builder = builder;
    this.vertx = vertx;
    this.server = server;
    this.watcherLoop = watcherLoop;
    this.batcherLoop = batcherLoop;
  }

  /** The rollup as read from L1 at startup, and the one sender of this process's L1 transactions. */
  private record L1Side(L1Client l1, RollupContract rollup, BridgeContract bridge, RollupConfig config,
      TxManager sender) {
    static L1Side connect(SequencerConfig c) throws Exception {
      L1Client l1 = L1Client.connect(c.l1Url());
      RollupContract rollup = new RollupContract(l1, c.rollup());
      RollupConfig rc = Startup.retry("reading the rollup's parameters at " + c.l1Url(), rollup::config);
      BridgeContract bridge = new BridgeContract(l1, Startup.retry("reading the bridge address", rollup::bridge));
      TxManager sender = new TxManager(l1, c.l1Key());
      warnIfNotSequencer(sender.address(), rc.sequencer());
      return new L1Side(l1, rollup, bridge, rc, sender);
    }

    ChainParams params() {
      return new ChainParams(config.l2ChainId(), config.l2BaseFee(), config.feeRecipient());
    }
  }

  /** Builds and starts everything; returns once the JSON-RPC server is listening. */
  public static SequencerProcess start(SequencerConfig config) throws Exception {
    LOG.log(Level.INFO, "secp256k1=" + SenderRecovery.backend());
    L1Side side = L1Side.connect(config);
    KvStore kv = LevelDbStore.open(config.dataDir());
    try {
      return start(config, side, kv);
    } catch (Exception | Error e) {
      Startup.quietly("closing the store", kv::close);
      Startup.quietly("closing the L1 client", side.l1()::close);
      throw e;
    }
  }

  private static SequencerProcess start(SequencerConfig config, L1Side side, KvStore kv) throws Exception {
    ChainParams params = side.params();
    ChainStore store = new ChainStore(kv);
    ChainState chain = new ChainState();
    WithdrawalIndex withdrawals = new WithdrawalIndex();
    RollupView view = new RollupView();
    RollupOnL1 rollupL1 = new RollupOnL1(side.l1(), side.rollup(), side.bridge(), side.sender());
    L1Clock clock = L1Clock.system();
    RollupMirror mirror = new RollupMirror(rollupL1, view, store, side.config().challengeWindow(), clock);
    replay(store, params, chain, withdrawals, view, mirror);

    BlockBuilder builder = new BlockBuilder(store, params, chain, withdrawals,
        BlockLimits.of(config.maxBatchEntries()), clock);
    builder.start(config.blockTimeMs());
    Admission admission = new Admission(builder::isKnown);
    Vertx vertx = Vertx.vertx();
    RpcLimits limits = config.rpcLimits();
    L1Client l1 = side.l1();
    SequencerRpc.Options options = new SequencerRpc.Options(
        (token, selector) -> l1.ethCall(token, selector), limits.maxFilters(), limits.maxSubscriptions());
    SequencerRpc.Api api = SequencerRpc.api(vertx, options, params, chain, store, view, admission,
        builder, new WithdrawalProver(withdrawals, chain));
    JsonRpcServer server = JsonRpcServer.start(vertx, api.methods(),
        new JsonRpcServerConfig(config.rpcHost(), config.rpcPort(), limits.maxBodyBytes(), limits.maxBatch()),
        api.sessionMethods())
        .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    WarmUp.run(server.url());

    QueueWatcher watcher = new QueueWatcher(new BridgeQueue(side.l1(), side.bridge()), builder, clock,
        store.queueL1Block(), chain.queueNext());
    PollLoop watcherLoop = new PollLoop(vertx, "queue watcher", config.l1PollMs(),
        Math.max(config.l1PollMs(), MAX_BACKOFF_MS), watcher::poll);
    Batcher batcher = new Batcher(rollupL1, mirror, store, chain,
        new BatchAssembler(config.maxBatchEntries(), ProtocolLimits.MAX_BATCH_DATA),
        after -> recheck(builder, after),
        tamper(config.faults(), params, store, chain));
    PollLoop batcherLoop = new PollLoop(vertx, "batcher", config.batchIntervalMs(),
        Math.max(config.batchIntervalMs(), MAX_BACKOFF_MS), batcher::round);
    watcherLoop.start();
    batcherLoop.start();
    return new SequencerProcess(side.l1(), kv, builder, vertx, server, watcherLoop,
        batcherLoop);
  }

  /** Waits for the sequencing thread to re-execute the chain after {@code after} (a failure fails the batcher's round). */
  private static void recheck(BlockBuilder builder, long after) {
    try {
      builder.recheckAfter(after).get(RECHECK_TIMEOUT_S, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while re-executing the chain after L2 block " + after, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("re-executing the chain after L2 block " + after + " failed: " + e, e);
    }
  }

  private static BatchTamper tamper(FaultPlan faults, ChainParams params, ChainStore store,
      ChainState chain) {
    if (faults.isEmpty()) {
      return BatchTamper.NONE;
    }
    LOG.log(Level.WARNING, "fault injection on: this sequencer will post the lies " + faults
        + " (docs/protocol.md 6; for demos and tests only)");
    return new FaultInjection(faults, new FaultInjector(params), store, chain);
  }

  /**
   * Rebuilds the chain from the store. Snapshots are kept only from the newest finalized batch
   * on (older states can no longer be needed for a withdrawal proof), so L1 is read first.
   */
  private static void replay(ChainStore store, ChainParams params, ChainState chain,
      WithdrawalIndex withdrawals, RollupView view, RollupMirror mirror) throws Exception {
    chain.retainFrom(Startup.retry("reading the rollup's batches", mirror::refresh).finalizedBlock());
    long replayed = new ChainReplay(params, chain, withdrawals).replay(store);
    LOG.log(Level.INFO, "replayed " + replayed + " stored L2 blocks: head " + chain.head().block().number()
        + " root " + chain.head().tree().root() + "; L1 has " + view.current().batchCount()
        + " batches up to L2 block " + view.current().safeBlock());
  }

  private static void warnIfNotSequencer(Address poster, Address sequencer) {
    if (!poster.equals(sequencer)) {
      LOG.log(Level.WARNING, "the L1 key's address " + poster + " is not the rollup's sequencer "
          + sequencer + ": batches are refused until the sequencer has been inactive for the"
          + " inactivity period");
    }
  }

  /** {@code http://host:port} of the JSON-RPC server. */
  public String rpcUrl() {
    return server.url();
  }

  /** Stops the loops and the server, seals what is open, then closes the store last. */
  @Override
  public void close() {
    watcherLoop.stop();
    batcherLoop.stop();
    Startup.quietly("stopping the JSON-RPC server",
        () -> server.stop().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
    Startup.quietly("stopping the sequencing thread", builder::close);
    Startup.quietly("stopping Vert.x",
        () -> vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS));
    Startup.quietly("closing the L1 client", l1::close);
    Startup.quietly("closing the store", kv::close);
  }
}
