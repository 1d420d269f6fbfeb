package dev.vigil.bench.load;

import java.util.Arrays;

/** Request latencies of the accepted transactions, in milliseconds. */
public record Latencies(double p50Ms, double p99Ms, double maxMs, long count) {
  public static final Latencies NONE = new Latencies(0, 0, 0, 0);

  /** From nanosecond samples (the array is sorted in place). */
  static Latencies of(long[] nanos) {
    if (nanos.length == 0) {
      return NONE;
    }
    Arrays.sort(nanos);
    return new Latencies(ms(nanos[percentile(nanos.length, 0.50)]), ms(nanos[percentile(nanos.length, 0.99)]),
        ms(nanos[nanos.length - 1]), nanos.length);
  }

  private static int percentile(int n, double p) {
    return Math.min(n - 1, (int) Math.ceil(p * n) - 1);
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }
}
