package dev.vigil.bench.load;

import java.util.List;
import java.util.Objects;

/**
 * What one load run achieved.
 *
 * @param accepted transactions the node answered with their hash
 * @param refused transactions answered with an error (or not at all); a lane stops at its first
 * @param firstError the first refusal's text, or empty
 * @param seconds from the first request to the last answer
 * @param exhaustedLanes lanes that ran out of pre-signed transactions before the time was up
 * @param acceptedPerLane per lane, in lane order, for the final nonce check
 */
public record LoadResult(int lanes, long accepted, long refused, String firstError, double seconds,
    Latencies latencies, int exhaustedLanes, List<Long> acceptedPerLane) {
  public LoadResult {
    Objects.requireNonNull(firstError, "firstError");
    Objects.requireNonNull(latencies, "latencies");
    acceptedPerLane = List.copyOf(acceptedPerLane);
    if (acceptedPerLane.size() != lanes || seconds <= 0) {
      throw new IllegalArgumentException("one count per lane and a positive duration");
    }
  }

  /** Accepted transactions per second. */
  public double tps() {
    return accepted / seconds;
  }
}
