package dev.vigil.verifier;

import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.TxManager;
import dev.vigil.node.rpc.JsonRpcServer;
import dev.vigil.node.rpc.JsonRpcServerConfig;
import dev.vigil.node.storage.LevelDbStore;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.verifier.derive.L1InconsistencyException;
import dev.vigil.verifier.derive.L1Source;
import dev.vigil.verifier.derive.RollupParams;
import dev.vigil.verifier.derive.Web3L1Source;
import dev.vigil.verifier.fraud.ChallengeL1;
import dev.vigil.verifier.fraud.Challenger;
import dev.vigil.verifier.fraud.ProofSolver;
import dev.vigil.verifier.fraud.Web3ChallengeL1;
import dev.vigil.verifier.replay.SenderPool;
import dev.vigil.verifier.rpc.ReplicaRpc;
import dev.vigil.verifier.storage.VerifierStore;
import io.vertx.core.Vertx;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The verifier's object graph, built by hand in start order (store, L1, parameters, state,
 * JSON-RPC, derivation) and closed in reverse order.
 */
public final class VerifierProcess implements AutoCloseable {
  private static final System.Logger LOG = System.getLogger(VerifierProcess.class.getName());
  /** Sender recovery threads: the machine's cores, at most 4 (the apply loop is sequential). */
  private static final int RECOVERY_THREADS =
      Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  private final Deque<AutoCloseable> resources;
  private final Verifier verifier;
  private final String rpcUrl;

  private VerifierProcess(VerifierConfig config, Consumer<RuntimeException> onFatal,
      Deque<AutoCloseable> resources) {
    this.resources = resources;
    LOG.log(Level.INFO, "secp256k1=" + SenderRecovery.backend());
    LevelDbStore kv = own(LevelDbStore.open(config.dataDir()));
    VerifierStore store = VerifierStore.open(kv, config.rollup());
    Web3L1Source l1 = own(Web3L1Source.connect(config.l1Url(), config.rollup()));
    RollupParams params = store.rollupParams().orElseGet(() -> readParams(l1, config));
    store.saveRollupParams(params);
    LOG.log(Level.INFO, String.format("verifier %s for rollup %s: l2ChainId=%d bridge=%s window=%ds",
        config.name(), config.rollup().toChecksumHex(), params.chain().chainId(),
        params.bridge().toChecksumHex(), params.challengeWindow()));
    SenderPool senders = own(new SenderPool(RECOVERY_THREADS));
    Challenger challenger = own(new Challenger(challengeL1(config), new ProofSolver(params.chain()),
        store, config.pollMs()));
    challenger.start();
    verifier = new Verifier(l1, store, params, senders, Verifier.DEFAULT_LOG_RANGE,
        challenger::dispute);
    LOG.log(Level.INFO, String.format("resuming after batch %d (L2 block %d, L1 block %d, root %s)",
        verifier.progress().lastBatchIndex(), verifier.progress().l2Block(),
        verifier.progress().l1Cursor(), verifier.progress().stateRoot()));
    Vertx vertx = Vertx.vertx();
    resources.push(() -> await(vertx.close()));
    JsonRpcServer server = await(JsonRpcServer.start(vertx,
        ReplicaRpc.methods(verifier::view, challenger::proofs, "vigil-verifier/" + config.name()),
        new JsonRpcServerConfig(config.rpcHost(), config.rpcPort(),
            JsonRpcServerConfig.DEFAULT_MAX_BODY_BYTES,
            JsonRpcServerConfig.DEFAULT_MAX_BATCH_LENGTH)));
    resources.push(() -> await(server.stop()));
    rpcUrl = server.url();
    DerivationLoop loop = own(new DerivationLoop(verifier, config.l1Url().toString(),
        config.pollMs(), onFatal));
    loop.start();
  }

  /** Starts everything; on failure, closes what was already started and rethrows. */
  public static VerifierProcess start(VerifierConfig config, Consumer<RuntimeException> onFatal) {
    Deque<AutoCloseable> resources = new ArrayDeque<>();
    try {
      return new VerifierProcess(config, onFatal, resources);
    } catch (RuntimeException e) {
      closeAll(resources);
      throw e;
    }
  }

  public String rpcUrl() {
    return rpcUrl;
  }

  public Verifier verifier() {
    return verifier;
  }

  /** Where proofs are sent from: the {@code --l1-key} account, through its own L1 client. */
  private Optional<ChallengeL1> challengeL1(VerifierConfig config) {
    if (config.l1Key().isEmpty()) {
      LOG.log(Level.WARNING, "no --l1-key: this verifier reports fraud but cannot prove it on L1");
      return Optional.empty();
    }
    L1Client client = own(L1Client.connect(config.l1Url().toString()));
    TxManager sender = new TxManager(client, config.l1Key().get());
    LOG.log(Level.INFO, "fraud proofs are sent from " + sender.address().toChecksumHex());
    return Optional.of(new Web3ChallengeL1(sender, config.rollup()));
  }

  /** Reads the rollup's parameters, retrying with backoff while L1 does not answer. */
  private static RollupParams readParams(L1Source l1, VerifierConfig config) {
    Backoff backoff = new Backoff(config.pollMs(), 30_000);
    while (true) {
      try {
        return l1.rollupParams();
      } catch (L1InconsistencyException e) {
        throw e;
      } catch (RuntimeException e) {
        backoff.failed();
        LOG.log(Level.WARNING, String.format("cannot read the rollup parameters from L1 %s (%s);"
            + " retry %d in %d ms", config.l1Url(), e.getMessage(), backoff.failures(),
            backoff.delayMs()));
        sleep(backoff.delayMs());
      }
    }
  }

  private <T extends AutoCloseable> T own(T resource) {
    resources.push(resource);
    return resource;
  }

  @Override
  public synchronized void close() {
    if (!resources.isEmpty()) {
      LOG.log(Level.INFO, "verifier stopping");
      closeAll(resources);
    }
  }

  private static void closeAll(Deque<AutoCloseable> resources) {
    while (!resources.isEmpty()) {
      try {
        resources.pop().close();
      } catch (Exception e) {
        LOG.log(Level.WARNING, "closing failed: " + e, e);
      }
    }
  }

  private static <T> T await(io.vertx.core.Future<T> future) {
    try {
      return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (Exception e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for L1", e);
    }
  }
}
