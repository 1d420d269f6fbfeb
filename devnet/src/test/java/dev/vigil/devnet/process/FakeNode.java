package dev.vigil.devnet.process;

/**
 * A stand-in child process for {@link ChildJvmTest}: prints some log lines, then its READY
 * line (or exits early when asked), then waits; on SIGTERM its shutdown hook logs a line.
 */
public final class FakeNode {
  private FakeNode() {}

  public static void main(String[] args) throws InterruptedException {
    String mode = args.length > 0 ? args[0] : "ready";
    System.out.println("starting fake node");
    if (mode.equals("fail")) {
      System.err.println("cannot open the data dir");
      System.exit(3);
    }
    if (mode.equals("ready")) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("clean shutdown")));
      System.out.println("FAKE_READY rpc=http://127.0.0.1:45678");
    }
    Thread.sleep(120_000);
  }
}
