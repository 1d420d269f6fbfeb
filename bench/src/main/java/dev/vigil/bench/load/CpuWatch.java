package dev.vigil.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * CPU time of named processes over a measured interval (user + system, from
 * {@code /proc/<pid>/stat}), to tell which process a rate was bound by on a 2-core machine.
 */
public final class CpuWatch {
  /** Linux's USER_HZ, the unit of utime and stime, is 100 on every mainstream kernel. */
  private static final double TICKS_PER_SECOND = 100;

  private final Map<String, Long> pids;
  private final Map<String, Double> start = new LinkedHashMap<>();
  private long startNanos;

  public CpuWatch(Map<String, Long> pids) {
    this.pids = new LinkedHashMap<>(pids);
  }

  /** The load generator and its JVM (this process) under the name "load generator". */
  public static CpuWatch withSelf(Map<String, Long> others) {
    Map<String, Long> all = new LinkedHashMap<>(others);
    all.put("load generator", ProcessHandle.current().pid());
    return new CpuWatch(all);
  }

  public void start() {
    startNanos = System.nanoTime();
    pids.forEach((name, pid) -> start.put(name, seconds(pid)));
  }

  /**
   * "name 1.23 cores (0.45 ms/tx), ..." since {@link #start()}, with {@code transactions}
   * answered in that time.
   */
  public String stop(long transactions) {
    double wall = (System.nanoTime() - startNanos) / 1e9;
    return pids.entrySet().stream().map(e -> {
      double cpu = seconds(e.getValue()) - start.getOrDefault(e.getKey(), 0.0);
      return String.format(Locale.ROOT, "%s %.2f cores (%.3f ms CPU/tx)", e.getKey(), cpu / wall,
          transactions == 0 ? 0 : 1000 * cpu / transactions);
    }).collect(Collectors.joining(", "));
  }

  /** CPU seconds used so far by {@code pid}; 0 once it is gone. */
  static double seconds(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // Fields after the command name, which is in parentheses and may contain spaces.
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
