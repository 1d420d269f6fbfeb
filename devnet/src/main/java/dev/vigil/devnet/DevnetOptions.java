package dev.vigil.devnet;

import dev.vigil.devnet.account.DevAccount;
import dev.vigil.sequencer.fault.FaultPlan;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything a devnet bring-up is configured by. {@link #defaults(Path)} gives what
 * `./vigil devnet` runs with; the end-to-end tests shorten the window and take free ports.
 *
 * @param repoRoot the repository (for contracts/ and the Anvil binary)
 * @param workDir where data dirs, logs and the JSON summary go
 * @param l1Url an L1 to attach to instead of starting Anvil
 * @param l1Key deployer key, also the sequencer's L1 key (Anvil account 0 by default)
 * @param l1Port port of the Anvil the devnet starts (0: any free port)
 * @param l1BlockTimeSeconds Anvil's interval mining after setup (0: mine on every transaction)
 * @param windowSeconds the challenge window
 * @param forceDelaySeconds the forced-inclusion delay
 * @param rpcPort the sequencer's JSON-RPC port (0: any free port)
 * @param verifierPorts the verifiers' JSON-RPC ports (0: any free port)
 * @param out where the JSON summary is written
 * @param sequencerBlockTimeMs L2 block time of the sequencer
 * @param batchIntervalMs how often the sequencer posts a batch
 * @param ethPerAccount ETH deposited to each user account on L2
 * @param tokensPerAccount DevToken deposited to each user account on L2
 * @param faults the sequencer's {@code --fault} list ({@code KIND@BATCH,...}), empty for an
 *     honest sequencer: lies it posts on purpose, to watch the verifiers prove them
 */
public record DevnetOptions(
    Path repoRoot,
    Path workDir,
    Optional<URI> l1Url,
    BigInteger l1Key,
    int l1Port,
    int l1BlockTimeSeconds,
    long windowSeconds,
    long forceDelaySeconds,
    int rpcPort,
    List<Integer> verifierPorts,
    Path out,
    long sequencerBlockTimeMs,
    long batchIntervalMs,
    BigInteger ethPerAccount,
    BigInteger tokensPerAccount,
    String faults) {

  public static final BigInteger ETHER = BigInteger.TEN.pow(18);

  public DevnetOptions {
    if (windowSeconds <= 0 || forceDelaySeconds <= 0) {
      throw new IllegalArgumentException("the window and the force delay must be positive");
    }
    if (l1BlockTimeSeconds < 0) {
      throw new IllegalArgumentException("--block-time must be >= 0");
    }
    verifierPorts = List.copyOf(verifierPorts);
    if (verifierPorts.size() != 2) {
      throw new IllegalArgumentException("the devnet runs two verifiers");
    }
    checkPort(l1Port);
    checkPort(rpcPort);
    verifierPorts.forEach(DevnetOptions::checkPort);
    if (ethPerAccount.signum() <= 0 || tokensPerAccount.signum() <= 0) {
      throw new IllegalArgumentException("funding amounts must be positive");
    }
    if (!faults.isEmpty()) {
      FaultPlan.parse(faults); // refuse a bad list before anything starts
    }
  }

  /** Options of a devnet whose sequencer is honest. */
  public DevnetOptions(Path repoRoot, Path workDir, Optional<URI> l1Url, BigInteger l1Key, int l1Port,
      int l1BlockTimeSeconds, long windowSeconds, long forceDelaySeconds, int rpcPort,
      List<Integer> verifierPorts, Path out, long sequencerBlockTimeMs, long batchIntervalMs,
      BigInteger ethPerAccount, BigInteger tokensPerAccount) {
    this(repoRoot, workDir, l1Url, l1Key, l1Port, l1BlockTimeSeconds, windowSeconds,
        forceDelaySeconds, rpcPort, verifierPorts, out, sequencerBlockTimeMs, batchIntervalMs,
        ethPerAccount, tokensPerAccount, "");
  }

  /** These options with the sequencer told to post the lies {@code faults} ({@code KIND@BATCH,...}). */
  public DevnetOptions withFaults(String faults) {
    return new DevnetOptions(repoRoot, workDir, l1Url, l1Key, l1Port, l1BlockTimeSeconds,
        windowSeconds, forceDelaySeconds, rpcPort, verifierPorts, out, sequencerBlockTimeMs,
        batchIntervalMs, ethPerAccount, tokensPerAccount, faults);
  }

  /** What `./vigil devnet` runs without flags: spec section 1's devnet parameters. */
  public static DevnetOptions defaults(Path repoRoot) {
    Path work = repoRoot.resolve(".vigil");
    return new DevnetOptions(repoRoot, work, Optional.empty(),
        DevAccount.of(DevAccount.SEQUENCER).privateKey(), 8544, 1, 20, 60, 8545,
        List.of(8546, 8547), work.resolve("devnet.json"), 200, 2000,
        ETHER.multiply(BigInteger.valueOf(100)), ETHER.multiply(BigInteger.valueOf(1000)));
  }

  /** Short window, free ports, a private work dir: the end-to-end tests' devnet. */
  public static DevnetOptions forTests(Path repoRoot, Path workDir, long windowSeconds) {
    DevnetOptions d = defaults(repoRoot);
    return new DevnetOptions(repoRoot, workDir, Optional.empty(), d.l1Key, 0, 0, windowSeconds,
        d.forceDelaySeconds, 0, List.of(0, 0), workDir.resolve("devnet.json"), 200, 1000,
        d.ethPerAccount, d.tokensPerAccount);
  }

  public Duration window() {
    return Duration.ofSeconds(windowSeconds);
  }

  private static void checkPort(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("bad port " + port);
    }
  }
}
