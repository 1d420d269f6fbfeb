package dev.vigil.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** Parses {@code ./vigil bench} arguments; every problem is an {@link IllegalArgumentException}. */
public final class BenchArgs {
  public static final String USAGE = """
      usage: ./vigil bench [--quick] [--out .vigil/bench-results.json] [--only micro,ingest,replay,cost,devnet,fraud]
                           [--lanes 64] [--seconds 30] [--block-time-ms 10] [--max-batch-entries 1024]
                           [--recipients fixed|fresh] [--rpc-batch 1] [--work-dir .vigil/bench]
        --quick     shorter JMH iterations, 10 s of load instead of 30
        --only      run only these sections (replay and cost need ingest)
        --lanes     concurrent HTTP connections of the load generator, one sender and one request
                    in flight each
        --seconds   how long the measured load runs, against the sequencer and against Anvil each
        --block-time-ms, --max-batch-entries   the sequencer's settings for the ingest run
        --recipients  fixed (default): each sender always pays the same account; fresh: every
                    transfer to a new account, so the state grows (Anvil slows down with it)
        --rpc-batch N  also run the ingest with N eth_sendRawTransaction calls per HTTP request
                    (a JSON-RPC batch array), against the sequencer and Anvil alike, as rows of
                    their own (the one-per-request rows stay the headline)
        --work-dir  where the processes' data and logs go (cleared at the start), so two runs
                    on one machine do not clear each other's
      environment: VIGIL_SEQUENCER_JVM_OPTS  extra JVM options for the sequencer's JVM, e.g.
                    -XX:StartFlightRecording=filename=/tmp/seq.jfr to profile it under load
      """;

  static final int DEFAULT_LANES = 64;
  static final long DEFAULT_BLOCK_TIME_MS = 10;
  static final int DEFAULT_MAX_BATCH_ENTRIES = 1024;

  private BenchArgs() {}

  public static BenchOptions parse(String[] args, Path repoRoot, Path workDir) {
    boolean quick = false;
    Path out = null;
    Set<String> sections = new LinkedHashSet<>(BenchOptions.ALL_SECTIONS);
    int lanes = DEFAULT_LANES;
    Long seconds = null;
    long blockTime = DEFAULT_BLOCK_TIME_MS;
    int maxEntries = DEFAULT_MAX_BATCH_ENTRIES;
    boolean fresh = false;
    int rpcBatch = 1;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--quick" -> quick = true;
        case "--out" -> out = Path.of(value(args, ++i, a));
        case "--only" -> sections = new LinkedHashSet<>(Arrays.asList(value(args, ++i, a).split(",")));
        case "--lanes" -> lanes = (int) number(value(args, ++i, a), a);
        case "--seconds" -> seconds = number(value(args, ++i, a), a);
        case "--block-time-ms" -> blockTime = number(value(args, ++i, a), a);
        case "--max-batch-entries" -> maxEntries = (int) number(value(args, ++i, a), a);
        case "--recipients" -> fresh = recipients(value(args, ++i, a));
        case "--rpc-batch" -> rpcBatch = (int) number(value(args, ++i, a), a);
        case "--work-dir" -> workDir = Path.of(value(args, ++i, a)).toAbsolutePath();
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if (out == null) {
      out = workDir.getParent().resolve("bench-results.json");
    }
    Duration load = Duration.ofSeconds(seconds != null ? seconds : quick ? 10 : 30);
    return new BenchOptions(quick, out, sections, lanes, load, blockTime, maxEntries, fresh, repoRoot,
        workDir, rpcBatch);
  }

  private static boolean recipients(String v) {
    return switch (v) {
      case "fresh" -> true;
      case "fixed" -> false;
      default -> throw new IllegalArgumentException("--recipients is fresh or fixed, got " + v);
    };
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static long number(String v, String option) {
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " is not a number: " + v);
    }
  }
}
