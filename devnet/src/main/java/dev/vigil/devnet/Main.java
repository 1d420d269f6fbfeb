package dev.vigil.devnet;

import dev.vigil.devnet.tools.RepoRoot;
import java.nio.file.Path;

/**
 * `./vigil devnet`: brings up a whole Vigil devnet (L1, contracts, sequencer, two verifiers,
 * funded dev accounts), prints where everything is, and keeps it running until Ctrl-C, which
 * stops every process it started.
 */
public final class Main {
  private static final long WATCH_MS = 1000;

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
      System.out.print(DevnetArgs.USAGE);
      return;
    }
    DevnetOptions options;
    try {
      options = DevnetArgs.parse(args, RepoRoot.find(), Path.of("").toAbsolutePath());
    } catch (IllegalArgumentException e) {
      System.err.println("devnet: " + e.getMessage());
      System.exit(2);
      return;
    }
    Devnet devnet = new Devnet(options);
    DevnetSummary summary;
    try {
      summary = devnet.start();
    } catch (RuntimeException e) {
      System.err.println("devnet: bring-up failed: " + e.getMessage());
      e.printStackTrace(System.err);
      System.exit(1);
      return;
    }
    summary.writeJson(options.out());
    System.out.println();
    System.out.print(summary.toText());
    System.out.println();
    System.out.println("  Summary written to " + options.out());
    System.out.println("  Logs and data in " + options.workDir() + "; Ctrl-C stops everything.");
    watch(devnet);
  }

  /** Exits (stopping the rest) if a child dies on its own: a half-alive devnet only misleads. */
  private static void watch(Devnet devnet) throws InterruptedException {
    while (true) {
      Thread.sleep(WATCH_MS);
      String dead = devnet.firstDeadProcess();
      if (dead != null) {
        System.err.println("devnet: " + dead + " exited; stopping the devnet (see its log in "
            + devnet.logDir() + ")");
        System.exit(1);
      }
    }
  }
}
