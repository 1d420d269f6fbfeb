package dev.vigil.devnet;

import dev.vigil.devnet.process.ChildStartup;
import dev.vigil.devnet.process.ChildStartup.ArchiveUse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a devnet's bring-up spent its time: each step with its start and end in milliseconds
 * from the start of the bring-up (steps may overlap: the verifiers come up while the last
 * deposits arrive) and the CPU the process doing it used meanwhile, the figure that does not
 * depend on what else runs on the machine. Printed by `./vigil devnet`, kept in the JSON summary
 * and in the bench's detail.
 */
public record BringUp(List<Step> steps) {
  /**
   * One step.
   *
   * @param cpu CPU used by the process doing the step: the devnet's own JVM, or for a child's
   *     launch to its READY line, the child
   * @param archive for a child JVM, what class-data sharing did for it
   */
  public record Step(String what, long startMillis, long endMillis, Optional<Duration> cpu,
      Optional<ArchiveUse> archive) {
    public Step {
      if (what.isBlank() || startMillis < 0 || endMillis < startMillis) {
        throw new IllegalArgumentException("bad bring-up step " + what + " " + startMillis + ".." + endMillis);
      }
    }

    /** A child JVM's launch to its READY line. */
    static Step child(String what, long startMillis, long endMillis, ChildStartup startup) {
      return new Step(what, startMillis, endMillis, startup.cpu(), Optional.of(startup.archive()));
    }

    public long millis() {
      return endMillis - startMillis;
    }

    /** E.g. {@code (CPU 2.95 s, class-data archive used)}, or empty. */
    String cpuText() {
      if (cpu.isEmpty() && archive.isEmpty()) {
        return "";
      }
      String c = "CPU " + cpu.map(BringUp::seconds).orElse("unknown");
      return " (" + c + archive.map(a -> ", " + a.text()).orElse("") + ")";
    }
  }

  public BringUp {
    steps = List.copyOf(steps);
  }

  /** The step named {@code what}, if the bring-up got that far. */
  public Optional<Step> step(String what) {
    return steps.stream().filter(s -> s.what().equals(what)).findFirst();
  }

  /** One line per step: when it started and ended, how long it took, and its CPU. */
  public String toText() {
    StringBuilder sb = new StringBuilder("  Bring-up (seconds from the start):\n");
    for (Step s : steps) {
      sb.append(String.format(Locale.ROOT, "    %6.2f -> %6.2f  %6.2f s  %s%s%n", s.startMillis() / 1e3,
          s.endMillis() / 1e3, s.millis() / 1e3, s.what(), s.cpuText()));
    }
    return sb.toString();
  }

  /** The steps on one line, e.g. for a table's detail column. */
  public String oneLine() {
    List<String> parts = new ArrayList<>();
    for (Step s : steps) {
      parts.add(String.format(Locale.ROOT, "%s %.2f s%s", s.what(), s.millis() / 1e3,
          s.cpu().map(c -> " (CPU " + seconds(c) + ")").orElse("")));
    }
    return String.join(", ", parts);
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
  }
}
