package dev.vigil.bench.report;

import java.util.Objects;

/** A metric's value: a measured number in a unit, or the reason nothing was measured. */
public sealed interface Reading {
  /** A number measured in this run. */
  record Measured(double value, String unit) implements Reading {
    public Measured {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        throw new IllegalArgumentException("a measured value is finite, got " + value);
      }
      Objects.requireNonNull(unit, "unit");
    }
  }

  /** Nothing measured, and why (a piece not built yet, a section that failed). */
  record NotAvailable(String reason) implements Reading {
    public NotAvailable {
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("say why a metric is not available");
      }
    }
  }
}
