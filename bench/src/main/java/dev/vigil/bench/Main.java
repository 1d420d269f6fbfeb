package dev.vigil.bench;

import dev.vigil.bench.report.BenchReport;
import dev.vigil.devnet.tools.RepoRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code ./vigil bench [--quick] [--out FILE] ...}: measures the hot paths (JMH), sequencer
 * ingest against a plain Anvil, verifier replay, L1 cost, devnet timings and fraud proofs in one
 * run on this machine; prints a table and writes JSON. Processes' data and logs go to
 * {@code .vigil/bench/} (cleared at start). Exit code 1 if a section failed, 2 on bad arguments.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.print(BenchArgs.USAGE);
      return;
    }
    Path repo = RepoRoot.find();
    BenchOptions options;
    try {
      options = BenchArgs.parse(args, repo, repo.resolve(".vigil").resolve("bench"));
    } catch (IllegalArgumentException e) {
      System.err.println("bench: " + e.getMessage());
      System.err.print(BenchArgs.USAGE);
      System.exit(2);
      return;
    }
    reset(options.workDir());
    Bench bench = new Bench(options);
    BenchReport report = bench.run();
    report.writeJson(options.out());
    System.out.println();
    System.out.print(report.toTable());
    System.out.println();
    System.out.println("JSON written to " + options.out().toAbsolutePath());
    System.exit(bench.failed() ? 1 : 0);
  }

  private static void reset(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir, e);
    }
  }
}
