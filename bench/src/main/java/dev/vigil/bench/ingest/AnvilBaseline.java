package dev.vigil.bench.ingest;

import dev.vigil.bench.BenchOptions;
import dev.vigil.bench.load.CpuWatch;
import dev.vigil.bench.load.LoadRun;
import dev.vigil.bench.load.Sender;
import dev.vigil.node.anvil.AnvilOptions;
import dev.vigil.node.anvil.AnvilProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The reference point of the performance targets: a plain Anvil with no block gas limit, mining every
 * transaction as it arrives, fed by the same load generator as the sequencer. A transaction
 * counts when Anvil returns its hash; the final nonces confirm they were mined.
 */
public final class AnvilBaseline {
  static final List<String> ARGS = List.of("--disable-block-gas-limit");
  /** Above Anvil's initial base fee (1 gwei), which only falls while blocks stay under target. */
  static final BigInteger GAS_PRICE = BigInteger.valueOf(2_000_000_000L);
  private static final String BALANCE = "0x" + BigInteger.TEN.pow(21).toString(16);

  private AnvilBaseline() {}

  private static void mine(AnvilProcess anvil) {
    try {
      anvil.rpc("evm_mine");
    } catch (IOException e) {
      throw new UncheckedIOException("evm_mine: " + e.getMessage(), e);
    }
  }

  public static LoadRun.Outcome run(Path anvilBinary, Path logDir, int lanes, Duration load, BenchOptions o) {
    return run(anvilBinary, logDir, lanes, load, o, 1);
  }

  /** As above, {@code perRequest} transactions in each request (a JSON-RPC batch when more than one). */
  public static LoadRun.Outcome run(Path anvilBinary, Path logDir, int lanes, Duration load, BenchOptions o,
      int perRequest) {
    AnvilOptions options = AnvilOptions.defaults(logDir).withBinary(anvilBinary).withExtraArgs(ARGS);
    try (AnvilProcess anvil = AnvilProcess.start(options)) {
      List<Sender> senders = Sender.series(2, lanes);
      for (Sender s : senders) {
        anvil.rpc("anvil_setBalance", s.address().toHex(), BALANCE);
      }
      return LoadRun.measure(URI.create(anvil.url()), senders,
          o.transfers(AnvilProcess.CHAIN_ID, GAS_PRICE), load, () -> mine(anvil),
          CpuWatch.withSelf(Map.of("anvil", anvil.pid())), perRequest);
    } catch (IOException e) {
      throw new UncheckedIOException("anvil baseline: " + e.getMessage(), e);
    }
  }
}
