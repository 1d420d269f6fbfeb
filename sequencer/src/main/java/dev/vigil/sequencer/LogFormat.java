package dev.vigil.sequencer;

/**
 * One line per log event on stderr ({@code java.util.logging}'s default spreads each over two),
 * so the devnet's log files can be grepped for {@code batch=... entries=...}.
 */
final class LogFormat {
  private LogFormat() {}

  /** Must run before the first logger is used. */
  static void install() {
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format",
          "%1$tF %1$tT.%1$tL %4$s %3$s: %5$s%6$s%n");
    }
  }
}
