package dev.vigil.bench.rig;

import dev.vigil.devnet.process.ChildSpec;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sequencer's command line for the bench (the CLI of docs/operations.md).
 *
 * @param faults a {@code --fault KIND@BATCH} plan for the fraud-proof measurement, or empty
 */
public record SequencerSettings(long blockTimeMs, long batchIntervalMs, int maxBatchEntries, long l1PollMs,
    String faults) {
  static final String MAIN = "dev.vigil.sequencer.Main";
  static final String READY = "VIGIL_SEQUENCER_READY";
  private static final List<String> JVM = List.of("-Xmx2g", "-XX:+ExitOnOutOfMemoryError");
  /**
   * Extra options for the sequencer's JVM, split on blanks and added after the defaults (so they
   * win): e.g. {@code -XX:StartFlightRecording=filename=seq.jfr} to profile it under load.
   */
  public static final String JVM_OPTS_ENV = "VIGIL_SEQUENCER_JVM_OPTS";

  public SequencerSettings {
    if (blockTimeMs < 1 || batchIntervalMs < 1 || l1PollMs < 1 || maxBatchEntries < 1) {
      throw new IllegalArgumentException("positive settings only");
    }
    faults = faults == null ? "" : faults;
  }

  public SequencerSettings(long blockTimeMs, long batchIntervalMs, int maxBatchEntries, long l1PollMs) {
    this(blockTimeMs, batchIntervalMs, maxBatchEntries, l1PollMs, "");
  }

  ChildSpec spec(URI l1, Address rollup, BigInteger key, Path dir, int port) {
    List<String> args = new ArrayList<>(List.of(
        "--l1-url", l1.toString(),
        "--rollup", rollup.toHex(),
        "--l1-key", String.format("0x%064x", key),
        "--data-dir", dir.resolve("sequencer").toString(),
        "--rpc-host", "127.0.0.1",
        "--rpc-port", Integer.toString(port),
        "--block-time-ms", Long.toString(blockTimeMs),
        "--batch-interval-ms", Long.toString(batchIntervalMs),
        "--max-batch-entries", Integer.toString(maxBatchEntries),
        "--l1-poll-ms", Long.toString(l1PollMs)));
    if (!faults.isEmpty()) {
      args.addAll(List.of("--fault", faults));
    }
    return new ChildSpec("sequencer", MAIN, args, jvmOptions(System.getenv(JVM_OPTS_ENV)),
        dir.resolve("logs").resolve("sequencer.log"), READY, Duration.ofSeconds(90));
  }

  /** The default JVM options followed by {@code extra} (blank-separated; null or blank for none). */
  static List<String> jvmOptions(String extra) {
    List<String> options = new ArrayList<>(JVM);
    if (extra != null && !extra.isBlank()) {
      options.addAll(List.of(extra.trim().split("\\s+")));
    }
    return options;
  }
}
