package dev.vigil.bench.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One line of the bench's table.
 *
 * @param key stable machine name, e.g. {@code ingest.sequencer.tps} (the JSON key)
 * @param label what a reader sees in the table
 * @param detail how it was measured or what bounds it; may be empty
 */
public record Metric(String key, String label, Reading reading, String detail) {
  public Metric {
    if (key == null || !key.matches("[a-z][a-zA-Z0-9]*(\\.[a-zA-Z0-9]+)*")) {
      throw new IllegalArgumentException("bad metric key: " + key);
    }
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(reading, "reading");
    detail = detail == null ? "" : detail;
  }

  public static Metric of(String key, String label, double value, String unit, String detail) {
    return new Metric(key, label, new Reading.Measured(value, unit), detail);
  }

  public static Metric notAvailable(String key, String label, String reason) {
    return new Metric(key, label, new Reading.NotAvailable(reason), "");
  }

  /** The section is the key's first part: micro, ingest, replay, cost, devnet, fraud. */
  public String section() {
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  public OptionalDouble value() {
    return reading instanceof Reading.Measured m ? OptionalDouble.of(m.value()) : OptionalDouble.empty();
  }
}
