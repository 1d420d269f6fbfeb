package dev.vigil.devnet.process;

import java.time.Duration;
import java.util.Optional;

/**
 * How a child JVM came up: the time from its launch to its READY line, the CPU it had used by
 * then (the figure that does not depend on what else runs on the machine), and whether it ran
 * from a class-data archive.
 *
 * @param cpu user + system CPU of the process at its READY line, when the OS reports it
 */
public record ChildStartup(Duration wall, Optional<Duration> cpu, ArchiveUse archive) {
  /** The part class-data sharing played in this start. */
  public enum ArchiveUse {
    /** The child mapped an archive of its classes made by an earlier run. */
    USED("class-data archive used"),
    /** No archive yet for these jars: this child writes one when it stops cleanly. */
    RECORDING("no class-data archive yet, recording one"),
    /** Started without class-data sharing of its own classes. */
    OFF("no class-data archive");

    private final String text;

    ArchiveUse(String text) {
      this.text = text;
    }

    public String text() {
      return text;
    }
  }

  public ChildStartup {
    if (wall.isNegative() || cpu.map(Duration::isNegative).orElse(false)) {
      throw new IllegalArgumentException("negative start-up time");
    }
  }
}
