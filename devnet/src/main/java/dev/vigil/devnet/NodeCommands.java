package dev.vigil.devnet;

import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.process.ChildSpec;
import dev.vigil.devnet.process.ClassDataArchive;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command lines of the devnet's child processes, exactly the sequencer's and verifier's
 * CLIs of docs/operations.md. Ports are fixed at first start so a restart serves the same URL.
 */
final class NodeCommands {
  static final String SEQUENCER_MAIN = "dev.vigil.sequencer.Main";
  static final String VERIFIER_MAIN = "dev.vigil.verifier.Main";
  static final String SEQUENCER_READY = "VIGIL_SEQUENCER_READY";
  static final String VERIFIER_READY = "VIGIL_VERIFIER_READY";
  /** A cold JVM, LevelDB open and the first L1 reads: seconds; a loaded CI machine, more. */
  private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
  private static final List<String> JVM_OPTIONS = List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError");

  private NodeCommands() {}

  static ChildSpec sequencer(DevnetOptions o, URI l1, Deployment d, BigInteger l1Key, int port) {
    List<String> args = new ArrayList<>(List.of(
        "--l1-url", l1.toString(),
        "--rollup", d.rollup().toHex(),
        "--l1-key", hexKey(l1Key),
        "--data-dir", o.workDir().resolve("sequencer").toString(),
        "--rpc-host", "127.0.0.1",
        "--rpc-port", Integer.toString(port),
        "--block-time-ms", Long.toString(o.sequencerBlockTimeMs()),
        "--batch-interval-ms", Long.toString(o.batchIntervalMs()),
        "--l1-poll-ms", "250"));
    if (!o.faults().isEmpty()) {
      args.addAll(List.of("--fault", o.faults()));
    }
    return new ChildSpec("sequencer", SEQUENCER_MAIN, args, JVM_OPTIONS,
        logDir(o).resolve("sequencer.log"), SEQUENCER_READY, READY_TIMEOUT,
        Optional.of(archive(o, "sequencer")));
  }

  /** Verifier {@code n} (1 or 2) holds dev account n's key for its future fraud proofs. */
  static ChildSpec verifier(DevnetOptions o, URI l1, Deployment d, int n, int port) {
    String name = "verifier-" + n;
    List<String> args = new ArrayList<>(List.of(
        "--l1-url", l1.toString(),
        "--rollup", d.rollup().toHex(),
        "--data-dir", o.workDir().resolve(name).toString(),
        "--rpc-host", "127.0.0.1",
        "--rpc-port", Integer.toString(port),
        "--poll-ms", "250",
        "--name", name,
        "--l1-key", DevAccount.of(n).privateKeyHex()));
    return new ChildSpec(name, VERIFIER_MAIN, args, JVM_OPTIONS, logDir(o).resolve(name + ".log"),
        VERIFIER_READY, READY_TIMEOUT, Optional.of(archive(o, "verifier")));
  }

  /**
   * One archive per kind of child, shared by every devnet of this checkout (it depends on the
   * jars, not on the devnet's data), so the second start of anything is the fast one.
   */
  static ClassDataArchive archive(DevnetOptions o, String kind) {
    return new ClassDataArchive(o.repoRoot().resolve(".vigil").resolve("cds"), kind);
  }

  static Path logDir(DevnetOptions o) {
    return o.workDir().resolve("logs");
  }

  private static String hexKey(BigInteger key) {
    return String.format("0x%064x", key);
  }
}
