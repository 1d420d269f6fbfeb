package dev.vigil.node.l1;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TxManager} waits, bumps and retries.
 *
 * @param receiptTimeout how long one attempt waits for a receipt before the fees are bumped
 * @param pollInterval between receipt polls
 * @param maxAttempts sends of one transaction (same nonce) before giving up
 * @param feeBumpPercent fee increase per resend; nodes want at least 10
 * @param gasMarginPercent added to a gas estimate
 * @param transientRetries retries of one L1 call after a transport error
 * @param retryBackoff pause before such a retry
 */
public record TxManagerConfig(Duration receiptTimeout, Duration pollInterval, int maxAttempts,
    int feeBumpPercent, int gasMarginPercent, int transientRetries, Duration retryBackoff) {

  public TxManagerConfig {
    Objects.requireNonNull(receiptTimeout, "receiptTimeout");
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    if (receiptTimeout.isNegative() || receiptTimeout.isZero() || pollInterval.isNegative()
        || pollInterval.isZero() || retryBackoff.isNegative()) {
      throw new IllegalArgumentException("durations must be positive");
    }
    if (maxAttempts < 1 || feeBumpPercent < 10 || gasMarginPercent < 0 || transientRetries < 0) {
      throw new IllegalArgumentException("maxAttempts >= 1, feeBumpPercent >= 10, others >= 0");
    }
  }

  /** 15 s per attempt, 5 attempts, +15 % per bump, +20 % gas, 5 transport retries 0.5 s apart. */
  public static TxManagerConfig defaults() {
    return new TxManagerConfig(Duration.ofSeconds(15), Duration.ofMillis(100), 5, 15, 20, 5,
        Duration.ofMillis(500));
  }

  public TxManagerConfig withReceiptTimeout(Duration timeout) {
    return new TxManagerConfig(timeout, pollInterval, maxAttempts, feeBumpPercent, gasMarginPercent,
        transientRetries, retryBackoff);
  }

  public TxManagerConfig withRetries(int attempts, int transport, Duration backoff) {
    return new TxManagerConfig(receiptTimeout, pollInterval, attempts, feeBumpPercent, gasMarginPercent,
        transport, backoff);
  }
}
