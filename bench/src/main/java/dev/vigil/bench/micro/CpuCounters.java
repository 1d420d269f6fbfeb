package dev.vigil.bench.micro;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The CPU time a benchmark thread spends per operation, next to JMH's wall-clock rate: on a
 * machine shared with builds the rate follows the load, the CPU per operation much less. A
 * benchmark takes this state as a parameter and counts {@link #ops} itself; JMH sums both
 * counters over the measured iterations and threads ({@link MicroBenchmarks} divides them).
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuCounters {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** CPU nanoseconds of this thread during the iteration. */
  public long cpuNanos;
  /** Operations of this thread during the same window. */
  public long ops;
  private long startNanos;

  @Setup(Level.Iteration)
  public void start() {
    cpuNanos = 0;
    ops = 0;
    startNanos = THREADS.getCurrentThreadCpuTime();
  }

  @TearDown(Level.Iteration)
  public void stop() {
    cpuNanos = THREADS.getCurrentThreadCpuTime() - startNanos;
  }
}
