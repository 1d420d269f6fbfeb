package dev.vigil.devnet.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A class-data archive a child writes as it exits ({@code part}), and where later starts look
 * for it ({@code archive}). A JVM that maps a cut-short archive can crash, so a recording is
 * moved into place only after a JVM has mapped it with {@code -Xshare:on} on the same classpath.
 */
public record Recording(Path part, Path archive, String classpath) {
  /** Archives kept per kind of child: the bench's private jars and `./vigil devnet`'s differ. */
  static final int KEEP = 3;
  private static final long CHECK_TIMEOUT_S = 60;
  /** A recording nobody published for this long never will be: a JVM writes it in seconds. */
  static final long STALE_PART_MS = 3_600_000;

  static Recording next(Path dir, String name, String key, Path archive, String classpath) {
    try {
      Files.createDirectories(dir);
      Path part = Files.createTempFile(dir, name + "-" + key + "-", ".part");
      // The JVM writes the file itself, at exit; an empty file here would only mislead.
      Files.delete(part);
      return new Recording(part, archive, classpath);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare a class-data archive in " + dir, e);
    }
  }

  /**
   * Called once the child has exited on its own (a clean stop): moves the recording into place
   * if a JVM can map it, and keeps the newest few archives of this kind. True when published.
   */
  public boolean publish() {
    try {
      if (!Files.isRegularFile(part) || Files.size(part) == 0 || !mappable()) {
        return false;
      }
      Files.move(part, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      prune();
      return true;
    } catch (IOException e) {
      return false; // another devnet may be publishing the same archive: it only costs speed
    } finally {
      discard();
    }
  }

  /**
   * Publishes a recording that an earlier JVM with these jars wrote as it exited but nobody
   * published; the first one a JVM can map wins and the others are deleted. True if one was.
   */
  static boolean publishLeftOver(Path archive, String classpath) {
    String prefix = archive.getFileName().toString().replaceFirst("\\.jsa$", "-");
    boolean published = false;
    try (Stream<Path> files = Files.list(archive.getParent())) {
      for (Path part : files.filter(f -> f.getFileName().toString().startsWith(prefix)
          && f.getFileName().toString().endsWith(".part")).toList()) {
        Recording r = new Recording(part, archive, classpath);
        if (published) {
          r.discard();
        } else {
          published = r.publish();
        }
      }
    } catch (IOException e) {
      return false; // no directory yet: nothing was recorded
    }
    return published;
  }

  /** Deletes what a child that was killed (or never started) may have left. */
  public void discard() {
    try {
      Files.deleteIfExists(part);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + part, e);
    }
  }

  private boolean mappable() throws IOException {
    Process p = new ProcessBuilder(JvmClasspath.javaBinary(), "-Xshare:on",
        "-XX:SharedArchiveFile=" + part, "-Xlog:cds*=off", "-XX:-CreateCoredumpOnCrash",
        "-XX:ErrorFile=/dev/null", "-cp", classpath, "-version")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      if (!p.waitFor(CHECK_TIMEOUT_S, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(CHECK_TIMEOUT_S, TimeUnit.SECONDS);
        return false;
      }
      return p.exitValue() == 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      return false;
    }
  }

  /**
   * Older archives of the same kind (other jars) beyond the newest {@link #KEEP}, and recordings
   * of that kind older than {@link #STALE_PART_MS} that nobody published (their jars are gone).
   */
  private void prune() throws IOException {
    String kind = archive.getFileName().toString().replaceFirst("-[0-9a-f]{16}\\.jsa$", "");
    String own = java.util.regex.Pattern.quote(kind) + "-[0-9a-f]{16}";
    long staleBefore = System.currentTimeMillis() - STALE_PART_MS;
    try (Stream<Path> files = Files.list(archive.getParent())) {
      List<Path> all = files.toList();
      List<Path> old = all.stream().filter(f -> f.getFileName().toString().matches(own + "\\.jsa"))
          .sorted(Comparator.comparingLong(Recording::modified).reversed())
          .skip(KEEP).toList();
      for (Path f : old) {
        Files.deleteIfExists(f);
      }
      for (Path f : all) {
        if (f.getFileName().toString().matches(own + "-\\d+\\.part") && modified(f) < staleBefore) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private static long modified(Path f) {
    try {
      return Files.getLastModifiedTime(f).toMillis();
    } catch (IOException e) {
      return 0; // deleted meanwhile
    }
  }
}
