package dev.vigil.devnet.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a class-data archive is valid for: the JVM that wrote it and every jar of the classpath
 * by path, size and modification time, the three things the JVM itself checks before it maps an
 * archive. A rebuilt jar (a new `mvn install`) gives a new key, hence a new archive; the old one
 * is never offered to a JVM it does not fit.
 */
final class ArchiveKey {
  private ArchiveKey() {}

  /** 16 hex digits of SHA-256 over the JVM's identity and the jars in classpath order. */
  static String of(String jvm, List<Path> jars) {
    MessageDigest sha = sha256();
    update(sha, jvm);
    for (Path jar : jars) {
      update(sha, jar.toAbsolutePath() + "|" + fileStamp(jar));
    }
    return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
  }

  /** The running JVM: its home and exact version (the archive sits on that JDK's base archive). */
  static String currentJvm() {
    return System.getProperty("java.home") + "|" + System.getProperty("java.vm.version");
  }

  /** {@code size:mtime-millis} of a file. */
  static String fileStamp(Path file) {
    try {
      return Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
