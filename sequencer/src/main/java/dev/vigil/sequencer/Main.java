package dev.vigil.sequencer;

import java.util.concurrent.CountDownLatch;

/**
 * {@code java dev.vigil.sequencer.Main --l1-url URL --rollup 0xROLLUP --l1-key 0xKEY --data-dir DIR
 * [...]}: starts the sequencer, prints {@code VIGIL_SEQUENCER_READY rpc=URL} once it serves, and
 * shuts down cleanly on SIGTERM (the store is closed last, after the sequencing thread stopped).
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    LogFormat.install();
    SequencerConfig config;
    try {
      config = SequencerArgs.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("vigil sequencer: " + e.getMessage());
      System.err.println(SequencerArgs.USAGE);
      System.exit(2);
      return;
    }
    SequencerProcess process;
    try {
      process = SequencerProcess.start(config);
    } catch (Exception e) {
      System.err.println("vigil sequencer: could not start: " + e.getMessage());
      e.printStackTrace();
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      process.close();
      stopped.countDown();
    }, "vigil-shutdown"));
    System.out.println("VIGIL_SEQUENCER_READY rpc=" + process.rpcUrl());
    System.out.flush();
    stopped.await();
  }
}
