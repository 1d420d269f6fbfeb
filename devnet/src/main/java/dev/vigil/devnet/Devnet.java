package dev.vigil.devnet;

import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.process.ChildJvm;
import dev.vigil.devnet.process.ChildSpec;
import dev.vigil.devnet.process.FreePort;
import dev.vigil.devnet.tools.Toolchain;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.protocol.bytes.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Stream;

/**
 * One whole Vigil devnet: an L1 (Anvil started here, or an L1 given by URL), the contracts, a
 * sequencer and two verifiers as separate JVMs, and the dev accounts funded on L2 through real
 * bridge deposits. Used by `./vigil devnet` and by the end-to-end tests, which also stop, kill
 * and restart the children through it.
 */
public final class Devnet implements AutoCloseable {
  private static final int VERIFIERS = 2;

  private final DevnetOptions options;
  private final Toolchain toolchain;
  private volatile L1Chain l1;
  private Deployment deployment;
  private Address sequencerAddress;
  private ChildSpec sequencerSpec;
  private final ChildSpec[] verifierSpecs = new ChildSpec[VERIFIERS];
  private volatile ChildJvm sequencer;
  private final AtomicReferenceArray<ChildJvm> verifiers = new AtomicReferenceArray<>(VERIFIERS);
  private DevnetSummary summary;
  private final AtomicBoolean closed = new AtomicBoolean();
  /** Ctrl-C on `./vigil devnet`, or a test JVM exiting early: no child outlives us. */
  private final Thread shutdownHook = new Thread(this::close, "devnet-shutdown");

  public Devnet(DevnetOptions options) {
    this.options = options;
    this.toolchain = new Toolchain(options.repoRoot());
  }

  /** Brings everything up and returns what is running; on failure, stops what it started. */
  public synchronized DevnetSummary start() {
    long t0 = System.nanoTime();
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      resetWorkDir();
      toolchain.ensureContracts();
      l1 = options.l1Url().isPresent()
          ? L1Chain.attach(options.l1Url().get())
          : L1Chain.startAnvil(toolchain.anvil(), options.l1Port(), logDir());
      progress(t0, "L1 at " + l1.url() + (l1.isAnvil() ? " (Anvil started)" : " (attached)"));
      L1Setup setup = new L1Setup(l1.client(), options, toolchain.artifacts());
      deployment = setup.deployAndFund();
      sequencerAddress = setup.sequencer();
      progress(t0, "contracts deployed, sequencer bonded, deposits queued: rollup "
          + deployment.rollup().toChecksumHex());
      l1.useBlockTime(options.l1BlockTimeSeconds());
      startChildren();
      progress(t0, "sequencer " + sequencer.rpcUrl() + " and verifiers "
          + verifiers.get(0).rpcUrl() + ", " + verifiers.get(1).rpcUrl() + " ready");
      Funding funding = new Funding(l2(), deployment, options);
      List<FundedAccount> funded = funding.await();
      long bringUp = (funding.firstFundedNanos() - t0) / 1_000_000;
      progress(t0, "dev accounts funded on L2");
      summary = summarize(funded, bringUp);
      return summary;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static void progress(long t0, String what) {
    System.out.printf("devnet: [%5d ms] %s%n", (System.nanoTime() - t0) / 1_000_000, what);
  }

  private void startChildren() {
    URI url = l1.url();
    sequencerSpec = NodeCommands.sequencer(options, url, deployment, options.l1Key(),
        FreePort.orFree(options.rpcPort()));
    for (int i = 0; i < VERIFIERS; i++) {
      verifierSpecs[i] = NodeCommands.verifier(options, url, deployment, i + 1,
          FreePort.orFree(options.verifierPorts().get(i)));
    }
    // Three cold JVMs start faster side by side than one after the other.
    List<CompletableFuture<ChildJvm>> starts = new ArrayList<>();
    starts.add(CompletableFuture.supplyAsync(() -> ChildJvm.start(sequencerSpec)));
    for (ChildSpec spec : verifierSpecs) {
      starts.add(CompletableFuture.supplyAsync(() -> ChildJvm.start(spec)));
    }
    RuntimeException failure = null;
    List<ChildJvm> started = new ArrayList<>();
    for (CompletableFuture<ChildJvm> f : starts) {
      try {
        started.add(f.join());
      } catch (CompletionException e) {
        failure = failure != null ? failure : unwrap(e);
        started.add(null);
      }
    }
    sequencer = started.get(0);
    for (int i = 0; i < VERIFIERS; i++) {
      verifiers.set(i, started.get(i + 1));
    }
    if (closed.get()) {
      // close() ran while these were starting and could not see them.
      started.stream().filter(c -> c != null).forEach(ChildJvm::stop);
      failure = new IllegalStateException("the devnet was closed while starting");
    }
    if (failure != null) {
      throw failure;
    }
  }

  private DevnetSummary summarize(List<FundedAccount> funded, long bringUpMillis) {
    Map<String, URI> vs = new LinkedHashMap<>();
    for (int i = 0; i < VERIFIERS; i++) {
      vs.put(verifiers.get(i).name(), verifiers.get(i).rpcUrl());
    }
    return new DevnetSummary(l1.url(), l1.chainId(), RollupConfig.DEVNET_CHAIN_ID, sequencer.rpcUrl(),
        vs, deployment.rollup(), deployment.bridge(), deployment.token(), sequencerAddress,
        options.windowSeconds(), options.forceDelaySeconds(), funded, bringUpMillis);
  }

  // ---- accessors for Main and the tests ----

  public DevnetOptions options() {
    return options;
  }

  public DevnetSummary summary() {
    return summary;
  }

  public L1Chain l1() {
    return l1;
  }

  public Deployment deployment() {
    return deployment;
  }

  public ChildJvm sequencer() {
    return sequencer;
  }

  public ChildJvm verifier(int n) {
    return verifiers.get(n - 1);
  }

  public URI l2() {
    return sequencer.rpcUrl();
  }

  public Path logDir() {
    return NodeCommands.logDir(options);
  }

  public List<DevAccount> users() {
    return DevAccount.users();
  }

  // ---- stopping and restarting children (crash and recovery tests) ----

  /** `kill -9` of the sequencer: no shutdown hook runs. */
  public synchronized void killSequencer() {
    sequencer.kill();
  }

  /** SIGTERM to the sequencer: its clean shutdown path. */
  public synchronized void stopSequencer() {
    sequencer.stop();
  }

  /** Starts the sequencer again on the same data dir and port. */
  public synchronized ChildJvm restartSequencer() {
    if (sequencer.isAlive()) {
      throw new IllegalStateException("the sequencer is still running (pid " + sequencer.pid() + ")");
    }
    sequencer = ChildJvm.start(sequencerSpec);
    return sequencer;
  }

  public synchronized void stopVerifier(int n) {
    verifier(n).stop();
  }

  public synchronized void killVerifier(int n) {
    verifier(n).kill();
  }

  public synchronized ChildJvm restartVerifier(int n) {
    if (verifier(n).isAlive()) {
      throw new IllegalStateException(verifier(n).name() + " is still running");
    }
    verifiers.set(n - 1, ChildJvm.start(verifierSpecs[n - 1]));
    return verifier(n);
  }

  /** The name of a child that exited although nobody stopped it, or null. */
  public synchronized String firstDeadProcess() {
    if (closed.get()) {
      return null;
    }
    return children().stream().filter(c -> !c.isAlive()).map(ChildJvm::name).findFirst()
        .orElse(l1 != null && !l1.isAlive() ? "anvil" : null);
  }

  private List<ChildJvm> children() {
    List<ChildJvm> all = new ArrayList<>();
    if (sequencer != null) {
      all.add(sequencer);
    }
    for (int i = 0; i < VERIFIERS; i++) {
      if (verifiers.get(i) != null) {
        all.add(verifiers.get(i));
      }
    }
    return all;
  }

  /**
   * Stops the children (SIGTERM, then SIGKILL after a bound), then the L1 if it is ours. Not
   * synchronized: the shutdown hook must be able to run it while start() is still waiting.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // Shutting down (this may be the hook itself), or start() never ran.
    }
    List<CompletableFuture<Void>> stops = new ArrayList<>();
    for (ChildJvm c : children()) {
      stops.add(CompletableFuture.runAsync(c::stop));
    }
    stops.forEach(CompletableFuture::join);
    L1Chain chain = l1;
    if (chain != null) {
      chain.close();
    }
  }

  /** A fresh devnet starts from a fresh L1, so old L2 data would belong to another chain. */
  private void resetWorkDir() {
    try {
      Files.createDirectories(options.workDir());
      for (String sub : List.of("sequencer", "verifier-1", "verifier-2", "logs")) {
        deleteTree(options.workDir().resolve(sub));
      }
      Files.createDirectories(logDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + options.workDir(), e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static RuntimeException unwrap(CompletionException e) {
    return e.getCause() instanceof RuntimeException r ? r : e;
  }
}
