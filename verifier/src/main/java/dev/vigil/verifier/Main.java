package dev.vigil.verifier;

import java.lang.System.Logger.Level;

/**
 * {@code java -cp <cp> dev.vigil.verifier.Main --l1-url URL --rollup 0xROLLUP --data-dir DIR ...}
 * (see {@link VerifierConfig}). Prints {@code VIGIL_VERIFIER_READY rpc=<url>} once serving;
 * SIGTERM closes everything through a shutdown hook. Exit codes: 2 bad command line, 3 could not
 * start, 4 derivation stopped on inconsistent L1 data or a storage failure.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    LogFormat.install();
    VerifierConfig config;
    try {
      config = VerifierArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(VerifierConfig.USAGE);
      System.exit(2);
      return;
    }
    System.Logger log = System.getLogger(Main.class.getName());
    VerifierProcess process;
    try {
      process = VerifierProcess.start(config, Main::fatal);
    } catch (RuntimeException e) {
      log.log(Level.ERROR, "verifier " + config.name() + " could not start: " + e.getMessage(), e);
      System.exit(3);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(process::close, "verifier-shutdown"));
    System.out.println("VIGIL_VERIFIER_READY rpc=" + process.rpcUrl());
    System.out.flush();
  }

  /** Exits from another thread: the shutdown hook waits for the derivation thread to end. */
  private static void fatal(RuntimeException e) {
    new Thread(() -> System.exit(4), "verifier-fatal-exit").start();
  }
}
