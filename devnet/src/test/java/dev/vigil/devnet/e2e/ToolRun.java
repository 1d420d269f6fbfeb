package dev.vigil.devnet.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a client tool nobody in this project wrote ({@code cast}, {@code node}, {@code npm}) as a
 * child process with no stdin, bounded in time and killed by its PID on timeout; stdout and
 * stderr go to files so a chatty tool can never block on a full pipe.
 */
final class ToolRun {
  /** What the tool printed and how it exited. */
  record Result(int exitCode, String stdout, String stderr) {
    String expectSuccess(List<String> command) {
      if (exitCode != 0) {
        throw new AssertionError(String.join(" ", command) + " exited with " + exitCode
            + "\nstdout: " + stdout + "\nstderr: " + stderr);
      }
      return stdout.trim();
    }
  }

  private ToolRun() {}

  static Result run(Path dir, Map<String, String> env, Duration timeout, List<String> command) {
    try {
      Path out = Files.createTempFile("vigil-tool", ".out");
      Path err = Files.createTempFile("vigil-tool", ".err");
      try {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
          p.waitFor(10, TimeUnit.SECONDS);
          throw new AssertionError(String.join(" ", command) + " (pid " + p.pid() + ") took longer than "
              + timeout.toSeconds() + " s and was killed; stderr: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted running " + command, e);
    }
  }

  static String ok(Path dir, Duration timeout, String... command) {
    return run(dir, Map.of(), timeout, List.of(command)).expectSuccess(List.of(command));
  }
}
