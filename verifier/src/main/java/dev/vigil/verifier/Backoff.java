package dev.vigil.verifier;

/**
 * Delay before the next L1 poll: {@code base} while L1 answers, then doubling with each
 * consecutive failure up to {@code max}, so a dead L1 is retried without being hammered.
 */
final class Backoff {
  private final long baseMs;
  private final long maxMs;
  private int failures;

  Backoff(long baseMs, long maxMs) {
    if (baseMs < 1 || maxMs < baseMs) {
      throw new IllegalArgumentException("backoff " + baseMs + ".." + maxMs + " ms");
    }
    this.baseMs = baseMs;
    this.maxMs = maxMs;
  }

  /** Records a success; returns the number of failures it ends (0 if none). */
  int succeeded() {
    int ended = failures;
    failures = 0;
    return ended;
  }

  void failed() {
    failures++;
  }

  int failures() {
    return failures;
  }

  long delayMs() {
    long delay = baseMs;
    for (int i = 0; i < failures && delay < maxMs; i++) {
      delay *= 2;
    }
    return Math.min(delay, maxMs);
  }
}
