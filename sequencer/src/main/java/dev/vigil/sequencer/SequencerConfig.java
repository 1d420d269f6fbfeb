package dev.vigil.sequencer;

import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.sequencer.fault.FaultPlan;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The sequencer's settings, from its command line ({@link SequencerArgs}).
 *
 * @param l1Key the poster's L1 private key (never printed)
 * @param rpcPort 0 picks a free port (tests)
 * @param faults lies to post on purpose ({@code --fault}, demos and tests of fraud proofs)
 * @param rpcLimits the JSON-RPC server's limits
 */
public record SequencerConfig(
    String l1Url,
    Address rollup,
    BigInteger l1Key,
    Path dataDir,
    String rpcHost,
    int rpcPort,
    long blockTimeMs,
    long batchIntervalMs,
    int maxBatchEntries,
    long l1PollMs,
    FaultPlan faults,
    RpcLimits rpcLimits) {
  public SequencerConfig {
    Objects.requireNonNull(faults, "faults");
    Objects.requireNonNull(rpcLimits, "rpcLimits");
    Objects.requireNonNull(l1Url, "l1Url");
    Objects.requireNonNull(rollup, "rollup");
    Objects.requireNonNull(l1Key, "l1Key");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(rpcHost, "rpcHost");
    check(rpcPort >= 0 && rpcPort <= 65535, "--rpc-port must be 0..65535");
    check(blockTimeMs >= 10 && blockTimeMs <= 60_000, "--block-time-ms must be 10..60000");
    check(batchIntervalMs >= 10 && batchIntervalMs <= 3_600_000, "--batch-interval-ms must be 10..3600000");
    check(maxBatchEntries >= 1 && maxBatchEntries <= ProtocolLimits.MAX_BATCH_ENTRIES,
        "--max-batch-entries must be 1.." + ProtocolLimits.MAX_BATCH_ENTRIES);
    check(l1PollMs >= 10 && l1PollMs <= 600_000, "--l1-poll-ms must be 10..600000");
  }

  /** Settings with the default JSON-RPC limits. */
  public SequencerConfig(String l1Url, Address rollup, BigInteger l1Key, Path dataDir, String rpcHost,
      int rpcPort, long blockTimeMs, long batchIntervalMs, int maxBatchEntries, long l1PollMs,
      FaultPlan faults) {
    this(l1Url, rollup, l1Key, dataDir, rpcHost, rpcPort, blockTimeMs, batchIntervalMs,
        maxBatchEntries, l1PollMs, faults, RpcLimits.DEFAULTS);
  }

  /** Settings of an honest sequencer. */
  public SequencerConfig(String l1Url, Address rollup, BigInteger l1Key, Path dataDir, String rpcHost,
      int rpcPort, long blockTimeMs, long batchIntervalMs, int maxBatchEntries, long l1PollMs) {
    this(l1Url, rollup, l1Key, dataDir, rpcHost, rpcPort, blockTimeMs, batchIntervalMs,
        maxBatchEntries, l1PollMs, FaultPlan.NONE);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException(message);
    }
  }

  @Override
  public String toString() {
    return "SequencerConfig[l1Url=" + l1Url + ", rollup=" + rollup + ", dataDir=" + dataDir
        + ", rpc=" + rpcHost + ":" + rpcPort + ", blockTimeMs=" + blockTimeMs
        + ", batchIntervalMs=" + batchIntervalMs + ", maxBatchEntries=" + maxBatchEntries
        + ", l1PollMs=" + l1PollMs + ", rpcLimits=" + rpcLimits + (faults.isEmpty() ? "" : ", faults=" + faults) + "]";
  }
}
