package dev.vigil.devnet;

import dev.vigil.devnet.process.ChildStartup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Records a bring-up's steps against one start time, with the CPU this JVM used during its own
 * steps. Safe to use from the threads that start the verifiers while the main thread waits for
 * the deposits.
 */
final class StepClock {
  private final long t0;
  private final List<BringUp.Step> steps = new ArrayList<>();

  StepClock(long t0) {
    this.t0 = t0;
  }

  /** Milliseconds since the start. */
  long now() {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** This JVM's CPU so far, to pass back to {@link #step} when the step ends. */
  static Optional<Duration> ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration();
  }

  /** A step of this JVM that started at {@code startMillis} with {@code cpuAtStart}, and ends now. */
  synchronized BringUp.Step step(String what, long startMillis, Optional<Duration> cpuAtStart) {
    Optional<Duration> used = cpuAtStart.flatMap(c0 -> ownCpu().map(c1 -> c1.minus(c0)))
        .filter(d -> !d.isNegative());
    return add(new BringUp.Step(what, startMillis, now(), used, Optional.empty()));
  }

  /** A child JVM's launch (at {@code startMillis}) to its READY line, now. */
  synchronized BringUp.Step child(String what, long startMillis, ChildStartup startup) {
    return add(BringUp.Step.child(what, startMillis, now(), startup));
  }

  /** The steps so far, in the order they started (then ended). */
  synchronized BringUp bringUp() {
    return new BringUp(steps.stream().sorted(Comparator.comparingLong(BringUp.Step::startMillis)
        .thenComparingLong(BringUp.Step::endMillis)).toList());
  }

  private BringUp.Step add(BringUp.Step s) {
    steps.add(s);
    return s;
  }
}
