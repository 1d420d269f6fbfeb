package dev.vigil.devnet.process;

import dev.vigil.devnet.process.ChildStartup.ArchiveUse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A sequencer or verifier running as its own JVM. Its stdout and stderr go to one log file
 * (appended, so a restart keeps the history); the devnet learns the process is serving from
 * its READY line in that file. Every child is stopped by its PID, and every wait is bounded.
 */
public final class ChildJvm implements AutoCloseable {
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  /** A child recording a class-data archive writes it as it exits: seconds on a busy machine. */
  private static final Duration RECORDING_STOP_GRACE = Duration.ofSeconds(60);

  private final String name;
  private final Process process;
  private final Path log;
  private final URI rpcUrl;
  private final ChildStartup startup;
  private final Optional<Recording> recording;

  private ChildJvm(String name, Process process, Path log, URI rpcUrl, ChildStartup startup,
      Optional<Recording> recording) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.rpcUrl = rpcUrl;
    this.startup = startup;
    this.recording = recording;
  }

  /**
   * Starts {@code java -cp <this JVM's classpath> mainClass args} (with the spec's class-data
   * archive, from the classpath's jars) and waits until the log shows
   * {@code readyMarker rpc=<url>}. Throws if the process exits or the wait times out first.
   */
  public static ChildJvm start(ChildSpec spec) {
    return start(spec, JvmClasspath.current());
  }

  /** {@link #start(ChildSpec)} with the classes from {@code classpath}. */
  static ChildJvm start(ChildSpec spec, String classpath) {
    try {
      Files.createDirectories(spec.log().toAbsolutePath().getParent());
      long offset = Files.exists(spec.log()) ? Files.size(spec.log()) : 0;
      ClassDataArchive.Launch launch = spec.archive().map(a -> a.plan(classpath, spec.mainClass()))
          .orElse(new ClassDataArchive.Launch(classpath, List.of(), ArchiveUse.OFF, Optional.empty()));
      List<String> cmd = new ArrayList<>();
      cmd.add(JvmClasspath.javaBinary());
      cmd.addAll(spec.jvmOptions());
      cmd.addAll(launch.options());
      cmd.addAll(List.of("-cp", launch.classpath(), spec.mainClass()));
      cmd.addAll(spec.args());
      long launched = System.nanoTime();
      Process p = new ProcessBuilder(cmd)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.log().toFile()))
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .start();
      try {
        String line = ReadyLine.await(p, spec.log(), offset, spec.readyMarker(), spec.readyTimeout());
        ChildStartup startup = new ChildStartup(Duration.ofNanos(System.nanoTime() - launched),
            p.toHandle().info().totalCpuDuration(), launch.use());
        return new ChildJvm(spec.name(), p, spec.log(), ReadyLine.rpcUrl(line), startup,
            launch.recording());
      } catch (RuntimeException e) {
        kill(p);
        launch.recording().ifPresent(Recording::discard);
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + spec.name(), e);
    }
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  public URI rpcUrl() {
    return rpcUrl;
  }

  /** Launch to READY, and the CPU the child had used by then. */
  public ChildStartup startup() {
    return startup;
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, no shutdown hooks: what a crash or `kill -9` does. Waits until it is gone. */
  public void kill() {
    kill(process);
    recording.ifPresent(Recording::discard);
  }

  /** SIGTERM (clean shutdown through the child's hook), then SIGKILL after a bound. */
  public void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    Duration grace = recording.isPresent() ? RECORDING_STOP_GRACE : STOP_GRACE;
    try {
      if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
        recording.ifPresent(Recording::publish);
        return;
      }
      kill(process);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill(process);
    }
    recording.ifPresent(Recording::discard);
  }

  @Override
  public void close() {
    stop();
  }

  private static void kill(Process p) {
    p.destroyForcibly();
    try {
      p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
