package dev.vigil.devnet.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Waits for a child's READY line (e.g. {@code VIGIL_SEQUENCER_READY rpc=http://127.0.0.1:8545})
 * by tailing its log file from a byte offset, so the child never blocks on a pipe we stop
 * reading.
 */
final class ReadyLine {
  private static final long POLL_MS = 50;

  private ReadyLine() {}

  static String await(Process p, Path log, long offset, String marker, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      String found = scan(log, offset, marker);
      if (found != null) {
        return found;
      }
      if (!p.isAlive()) {
        throw new IllegalStateException(marker + " never came: the process exited with code "
            + p.exitValue() + "; last lines of " + log + ":\n" + tail(log, offset));
      }
      sleep();
    }
    throw new IllegalStateException("no " + marker + " within " + timeout.toSeconds()
        + " s; last lines of " + log + ":\n" + tail(log, offset));
  }

  /** The URL after {@code rpc=} in a READY line. */
  static URI rpcUrl(String line) {
    for (String word : line.trim().split("\\s+")) {
      if (word.startsWith("rpc=")) {
        return URI.create(word.substring(4));
      }
    }
    throw new IllegalStateException("READY line without rpc=: " + line);
  }

  private static String scan(Path log, long offset, String marker) {
    for (String line : linesFrom(log, offset)) {
      if (line.startsWith(marker)) {
        return line;
      }
    }
    return null;
  }

  private static String tail(Path log, long offset) {
    List<String> lines = linesFrom(log, offset);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }

  private static List<String> linesFrom(Path log, long offset) {
    if (!Files.exists(log)) {
      return List.of();
    }
    try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
      long len = f.length() - offset;
      if (len <= 0) {
        return List.of();
      }
      byte[] buf = new byte[(int) Math.min(len, 16 << 20)];
      f.seek(offset);
      f.readFully(buf);
      return new String(buf, StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + log, e);
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a READY line", e);
    }
  }
}
