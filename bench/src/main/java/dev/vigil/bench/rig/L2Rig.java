package dev.vigil.bench.rig;

import dev.vigil.bench.load.Sender;
import dev.vigil.devnet.process.ChildJvm;
import dev.vigil.devnet.process.ChildSpec;
import dev.vigil.devnet.process.FreePort;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.tools.Toolchain;
import dev.vigil.node.anvil.AnvilOptions;
import dev.vigil.node.anvil.AnvilProcess;
import dev.vigil.node.anvil.DevAccounts;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.ContractDeployer;
import dev.vigil.node.l1.Erc20;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupDeployment;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A running L2 for the ingest, replay and cost measurements: Anvil (instant mining), the Rollup
 * with its Bridge and a DevToken deployed with the devnet parameters (dev account 0 deploys,
 * bonds and sequences), every load sender funded on L2 through a real bridge deposit (ETH for
 * all, DevToken for the first few), and the sequencer as a child JVM on its own LevelDB.
 */
public final class L2Rig implements AutoCloseable {
  public static final long L2_CHAIN_ID = RollupConfig.DEVNET_CHAIN_ID;
  public static final BigInteger ETH_PER_SENDER = RollupConfig.ETHER.multiply(BigInteger.valueOf(5));
  public static final BigInteger TOKENS_PER_SENDER = RollupConfig.ETHER.multiply(BigInteger.valueOf(1000));
  private static final int FUNDER = 1;
  private static final Duration FUNDING_BOUND = Duration.ofSeconds(180);

  private final AnvilProcess anvil;
  private final L1Client l1;
  private final RollupDeployment deployment;
  private final Address token;
  private final Path dir;
  private ChildJvm sequencer;
  private final ShutdownGuard guard;

  private L2Rig(AnvilProcess anvil, L1Client l1, RollupDeployment deployment, Address token, Path dir) {
    this.anvil = anvil;
    this.l1 = l1;
    this.deployment = deployment;
    this.token = token;
    this.dir = dir;
    this.guard = ShutdownGuard.of(this::stopProcesses, "l2-rig");
  }

  /**
   * Brings the rig up; {@code tokenSenders} of the {@code senders} also get DevToken on L2. On
   * failure, whatever was started is stopped before the exception leaves.
   */
  public static L2Rig start(Toolchain tools, Path dir, List<Sender> senders, int tokenSenders,
      SequencerSettings settings) {
    tools.ensureContracts();
    AnvilProcess anvil;
    try {
      anvil = AnvilProcess.start(AnvilOptions.defaults(dir.resolve("logs")).withBinary(tools.anvil()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start anvil: " + e.getMessage(), e);
    }
    L1Client l1 = L1Client.connect(anvil.url());
    L2Rig rig = null;
    try {
      TxManager deployer = new TxManager(l1, DevAccounts.key(0));
      ContractDeployer contracts = new ContractDeployer(deployer);
      RollupDeployment d = contracts.deployRollup(tools.artifacts(), RollupConfig.devnet(deployer.address()));
      new RollupContract(l1, d.rollup()).bond(deployer, d.config().minBond());
      Address token = contracts.deployDevToken(tools.artifacts(), "Bench Token", "BENCH");
      rig = new L2Rig(anvil, l1, d, token, dir);
      rig.deposit(senders, tokenSenders);
      rig.sequencer = ChildJvm.start(settings.spec(URI.create(anvil.url()), d.rollup(), DevAccounts.key(0),
          dir, FreePort.pick()));
      rig.awaitFunded(senders, tokenSenders);
      return rig;
    } catch (RuntimeException e) {
      if (rig != null) {
        rig.close();
      } else {
        l1.close();
        anvil.close();
      }
      throw e;
    }
  }

  /** One ETH deposit per sender, one token deposit per token sender, from dev account 1. */
  private void deposit(List<Sender> senders, int tokenSenders) {
    TxManager funder = new TxManager(l1, DevAccounts.key(FUNDER));
    BridgeContract bridge = deployment.bridgeContract(l1);
    Erc20 erc20 = new Erc20(l1, token);
    BigInteger tokens = TOKENS_PER_SENDER.multiply(BigInteger.valueOf(tokenSenders));
    if (tokenSenders > 0) {
      erc20.mint(funder, funder.address(), tokens);
      erc20.approve(funder, deployment.bridge(), tokens);
    }
    for (int i = 0; i < senders.size(); i++) {
      bridge.depositEth(funder, senders.get(i).address(), ETH_PER_SENDER);
      if (i < tokenSenders) {
        bridge.depositToken(funder, token, senders.get(i).address(), TOKENS_PER_SENDER);
      }
    }
  }

  /** Deposits execute in queue order: once the last ones show on L2, all do. */
  private void awaitFunded(List<Sender> senders, int tokenSenders) {
    JsonRpcClient l2 = new JsonRpcClient(l2Url());
    Address last = senders.get(senders.size() - 1).address();
    Poll.until(() -> l2.quantity("eth_getBalance", last.toHex(), "latest").compareTo(ETH_PER_SENDER) >= 0,
        100, FUNDING_BOUND, "the L2 funding of " + senders.size() + " senders");
    if (tokenSenders > 0) {
      Address lastToken = senders.get(tokenSenders - 1).address();
      Poll.until(() -> l2.quantity("rollup_getTokenBalance", token.toHex(), lastToken.toHex())
          .compareTo(TOKENS_PER_SENDER) >= 0, 100, FUNDING_BOUND, "the L2 token funding");
    }
  }

  /** Waits until every sealed L2 block is in a batch on L1; returns how long that took. */
  public Duration awaitPosted(Duration bound) {
    JsonRpcClient l2 = new JsonRpcClient(l2Url());
    long t0 = System.nanoTime();
    long head = l2.call("rollup_status").path("l2Head").asLong();
    long t1 = Poll.until(() -> l2.call("rollup_status").path("safeBlock").asLong() >= head, 100, bound,
        "posting L2 blocks up to " + head + " to L1");
    return Duration.ofNanos(t1 - t0);
  }

  public URI l2Url() {
    return sequencer.rpcUrl();
  }

  public URI l1Url() {
    return URI.create(anvil.url());
  }

  public long anvilPid() {
    return anvil.pid();
  }

  public L1Client l1() {
    return l1;
  }

  public RollupDeployment deployment() {
    return deployment;
  }

  public Address token() {
    return token;
  }

  public Path dir() {
    return dir;
  }

  public ChildJvm sequencer() {
    return sequencer;
  }

  /** Stops the sequencer (SIGTERM, then SIGKILL), then Anvil, each by its PID. */
  @Override
  public void close() {
    guard.release();
    stopProcesses();
  }

  private void stopProcesses() {
    try {
      if (sequencer != null) {
        sequencer.stop();
      }
    } finally {
      l1.close();
      anvil.close();
    }
  }
}
