package dev.vigil.devnet.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What to run as a child JVM and how to know it is serving; with a class-data archive, the
 * child runs from it when one fits its jars, and records one otherwise.
 */
public record ChildSpec(
    String name,
    String mainClass,
    List<String> args,
    List<String> jvmOptions,
    Path log,
    String readyMarker,
    Duration readyTimeout,
    Optional<ClassDataArchive> archive) {
  public ChildSpec {
    if (name.isBlank() || mainClass.isBlank() || readyMarker.isBlank()) {
      throw new IllegalArgumentException("name, main class and ready marker are required");
    }
    args = List.copyOf(args);
    jvmOptions = List.copyOf(jvmOptions);
    if (readyTimeout.isNegative() || readyTimeout.isZero()) {
      throw new IllegalArgumentException("the ready timeout must be positive");
    }
  }

  /** A child without class-data archive of its own. */
  public ChildSpec(String name, String mainClass, List<String> args, List<String> jvmOptions,
      Path log, String readyMarker, Duration readyTimeout) {
    this(name, mainClass, args, jvmOptions, log, readyMarker, readyTimeout, Optional.empty());
  }
}
