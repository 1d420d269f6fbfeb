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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
  /** Names of bring-up steps, as the summary and the bench find them. */
  public static final String SETUP_STEP = "contracts deployed, sequencer bonded, deposits queued";
  public static final String SEQUENCER_STEP = "sequencer JVM, launch to READY";
  public static final String FUNDED_STEP = "first dev account funded on L2";

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

  /**
   * Brings everything up and returns what is running; on failure, stops what it started. The
   * sequencer starts alone and the verifiers only once the first dev account is funded on L2:
   * on two shared cores, three cold JVMs side by side made the L2 wait for all of them, and the
   * deposits need only the sequencer. Each step's time is printed as it ends.
   */
  public synchronized DevnetSummary start() {
    long t0 = System.nanoTime();
    StepClock clock = new StepClock(t0);
    Optional<Duration> cpu = StepClock.ownCpu();
    Runtime.getRuntime().addShutdownHook(shutdownHook);
    try {
      resetWorkDir();
      toolchain.ensureContracts();
      l1 = options.l1Url().isPresent()
          ? L1Chain.attach(options.l1Url().get())
          : L1Chain.startAnvil(toolchain.anvil(), options.l1Port(), logDir());
      progress(clock, clock.step(l1.isAnvil() ? "Anvil started" : "L1 attached", 0, cpu),
          "L1 at " + l1.url());
      long setupStart = clock.now();
      cpu = StepClock.ownCpu();
      L1Setup setup = new L1Setup(l1.client(), options, toolchain.artifacts());
      deployment = setup.deployAndFund();
      sequencerAddress = setup.sequencer();
      progress(clock, clock.step(SETUP_STEP, setupStart, cpu),
          "rollup " + deployment.rollup().toChecksumHex());
      l1.useBlockTime(options.l1BlockTimeSeconds());
      prepareSpecs();
      startSequencer(clock);
      long fundingStart = clock.now();
      cpu = StepClock.ownCpu();
      Funding funding = new Funding(l2(), deployment, options);
      funding.awaitFirst();
      long bringUp = (funding.firstFundedNanos() - t0) / 1_000_000;
      progress(clock, clock.step(FUNDED_STEP, fundingStart, cpu), "the L2 JSON-RPC at " + l2()
          + " is usable now; the verifiers are starting (the summary follows once they are ready)");
      CompletableFuture<Void> verifiersUp = startVerifiers(clock);
      List<FundedAccount> funded = awaitFunding(funding, verifiersUp);
      summary = summarize(funded, bringUp, clock.bringUp());
      return summary;
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  private static void progress(StepClock clock, BringUp.Step step, String detail) {
    System.out.printf(Locale.ROOT, "devnet: [%5d ms] %s in %.2f s%s: %s%n", clock.now(), step.what(),
        step.millis() / 1e3, step.cpuText(), detail);
  }

  private void prepareSpecs() {
    URI url = l1.url();
    sequencerSpec = NodeCommands.sequencer(options, url, deployment, options.l1Key(),
        FreePort.orFree(options.rpcPort()));
    for (int i = 0; i < VERIFIERS; i++) {
      verifierSpecs[i] = NodeCommands.verifier(options, url, deployment, i + 1,
          FreePort.orFree(options.verifierPorts().get(i)));
    }
  }

  private void startSequencer(StepClock clock) {
    long launched = clock.now();
    ChildJvm started = ChildJvm.start(sequencerSpec);
    sequencer = started;
    if (closed.get()) {
      // close() ran while it was starting and could not see it.
      started.stop();
      throw new IllegalStateException("the devnet was closed while starting");
    }
    progress(clock, clock.child(SEQUENCER_STEP, launched, started.startup()),
        "L2 JSON-RPC " + started.rpcUrl());
  }

  /** Both verifiers side by side; the future completes once both are READY (or one failed). */
  private CompletableFuture<Void> startVerifiers(StepClock clock) {
    List<CompletableFuture<Void>> starts = new ArrayList<>();
    for (int i = 0; i < VERIFIERS; i++) {
      int n = i;
      starts.add(CompletableFuture.runAsync(() -> {
        long launched = clock.now();
        ChildJvm v = ChildJvm.start(verifierSpecs[n]);
        verifiers.set(n, v);
        if (closed.get()) {
          v.stop();
          throw new IllegalStateException("the devnet was closed while starting");
        }
        progress(clock, clock.child(v.name() + " JVM, launch to READY", launched, v.startup()),
            "JSON-RPC " + v.rpcUrl());
      }));
    }
    return CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new));
  }

  /** All dev accounts funded and both verifiers ready; a failure of either once both ended. */
  private static List<FundedAccount> awaitFunding(Funding funding, CompletableFuture<Void> verifiersUp) {
    List<FundedAccount> funded;
    try {
      funded = funding.await();
    } catch (RuntimeException e) {
      verifiersUp.exceptionally(t -> null).join(); // no verifier may start after close()
      throw e;
    }
    try {
      verifiersUp.join();
    } catch (CompletionException e) {
      throw unwrap(e);
    }
    return funded;
  }

  private DevnetSummary summarize(List<FundedAccount> funded, long bringUpMillis, BringUp steps) {
    Map<String, URI> vs = new LinkedHashMap<>();
    for (int i = 0; i < VERIFIERS; i++) {
      vs.put(verifiers.get(i).name(), verifiers.get(i).rpcUrl());
    }
    return new DevnetSummary(l1.url(), l1.chainId(), RollupConfig.DEVNET_CHAIN_ID, sequencer.rpcUrl(),
        vs, deployment.rollup(), deployment.bridge(), deployment.token(), sequencerAddress,
        options.windowSeconds(), options.forceDelaySeconds(), funded, bringUpMillis, steps);
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
