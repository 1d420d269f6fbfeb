package dev.vigil.devnet.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A sequencer or verifier running as its own JVM. Its stdout and stderr go to one log file
 * (appended, so a restart keeps the history); the devnet learns the process is serving from
 * its READY line in that file. Every child is stopped by its PID, and every wait is bounded.
 */
public final class ChildJvm implements AutoCloseable {
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);

  private final String name;
  private final Process process;
  private final Path log;
  private final URI rpcUrl;

  private ChildJvm(String name, Process process, Path log, URI rpcUrl) {
    this.name = name;
    this.process = process;
    this.log = log;
    this.rpcUrl = rpcUrl;
  }

  /**
   * Starts {@code java -cp <this JVM's classpath> mainClass args} and waits until the log shows
   * {@code readyMarker rpc=<url>}. Throws if the process exits or the wait times out first.
   */
  public static ChildJvm start(ChildSpec spec) {
    try {
      Files.createDirectories(spec.log().toAbsolutePath().getParent());
      long offset = Files.exists(spec.log()) ? Files.size(spec.log()) : 0;
      List<String> cmd = new ArrayList<>();
      cmd.add(JvmClasspath.javaBinary());
      cmd.addAll(spec.jvmOptions());
      cmd.addAll(List.of("-cp", JvmClasspath.current(), spec.mainClass()));
      cmd.addAll(spec.args());
      Process p = new ProcessBuilder(cmd)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.log().toFile()))
          .redirectInput(ProcessBuilder.Redirect.PIPE)
          .start();
      try {
        String line = ReadyLine.await(p, spec.log(), offset, spec.readyMarker(), spec.readyTimeout());
        return new ChildJvm(spec.name(), p, spec.log(), ReadyLine.rpcUrl(line));
      } catch (RuntimeException e) {
        kill(p);
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

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, no shutdown hooks: what a crash or `kill -9` does. Waits until it is gone. */
  public void kill() {
    kill(process);
  }

  /** SIGTERM (clean shutdown through the child's hook), then SIGKILL after a bound. */
  public void stop() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill(process);
    }
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
