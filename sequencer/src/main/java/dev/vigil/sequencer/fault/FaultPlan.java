package dev.vigil.sequencer.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The faults requested on the command line, in the order given ({@code kind@2,kind@4,...}). */
public record FaultPlan(List<Fault> faults) {
  public static final FaultPlan NONE = new FaultPlan(List.of());

  public FaultPlan {
    faults = List.copyOf(faults);
    if (faults.stream().distinct().count() != faults.size()) {
      throw new IllegalArgumentException("a fault is given twice: " + faults);
    }
  }

  /** A comma-separated list of {@code KIND@BATCH}. */
  public static FaultPlan parse(String specs) {
    List<Fault> out = new ArrayList<>();
    for (String s : specs.split(",")) {
      if (!s.isBlank()) {
        out.add(Fault.parse(s.trim()));
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("--fault needs at least one KIND@BATCH");
    }
    return new FaultPlan(out);
  }

  public boolean isEmpty() {
    return faults.isEmpty();
  }

  /** The first fault not yet {@code fired} whose batch index is at most {@code batchIndex}. */
  public Optional<Fault> due(long batchIndex, Predicate<Fault> fired) {
    return faults.stream().filter(f -> f.batch() <= batchIndex && !fired.test(f)).findFirst();
  }

  @Override
  public String toString() {
    return String.join(",", faults.stream().map(Fault::toString).toList());
  }
}
