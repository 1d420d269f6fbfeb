package dev.vigil.sequencer.fault;

import java.util.Objects;

/**
 * One requested lie: {@code kind} in the batch that takes L1 index {@code batch}. If that batch
 * holds no entry the lie can be told about (no transfer, no deposit, no withdrawal), the lie
 * waits for the next batch that does. Each fault fires once.
 */
public record Fault(FaultKind kind, long batch) {
  public Fault {
    Objects.requireNonNull(kind, "kind");
    if (batch < 0) {
      throw new IllegalArgumentException("fault batch index must be >= 0: " + batch);
    }
  }

  /** {@code KIND@BATCH}, e.g. {@code wrong-balance@2}. */
  public static Fault parse(String spec) {
    int at = spec.indexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException("a fault is KIND@BATCH, got " + spec);
    }
    long batch;
    try {
      batch = Long.parseLong(spec.substring(at + 1).trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("fault batch index is not a number: " + spec);
    }
    return new Fault(FaultKind.parse(spec.substring(0, at).trim()), batch);
  }

  @Override
  public String toString() {
    return kind.cliName() + "@" + batch;
  }
}
