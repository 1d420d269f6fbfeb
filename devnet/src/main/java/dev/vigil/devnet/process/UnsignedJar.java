package dev.vigil.devnet.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * A copy of a signed jar without its signature. A JVM verifies a signed jar's manifest and
 * digests as it loads classes from it (Bouncy Castle's: an 843 KB manifest and a SHA-256 per
 * class, about 1.5 s of CPU per cold child on this machine), and class-data sharing skips
 * classes from signed jars altogether. The classes are copied unchanged; only the signature
 * files and the per-entry digests of the manifest are left out.
 */
final class UnsignedJar {
  private UnsignedJar() {}

  /** True when the jar carries a signature file (META-INF/*.SF). */
  static boolean isSigned(Path jar) {
    try (JarFile f = new JarFile(jar.toFile(), false)) {
      return f.stream().anyMatch(e -> isSignatureFile(e.getName()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + jar, e);
    }
  }

  /**
   * The unsigned copy of {@code jar} in {@code dir}, written once (named by the jar's name,
   * size and time, so a new version of the jar gets a new copy) and reused afterwards.
   */
  static Path copyIn(Path dir, Path jar) {
    String name = jar.getFileName().toString().replaceFirst("\\.jar$", "");
    Path copy = dir.resolve(name + "-" + ArchiveKey.fileStamp(jar).replace(':', '-') + "-unsigned.jar");
    if (Files.isRegularFile(copy)) {
      return copy;
    }
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, name, ".part");
      try {
        write(jar, tmp);
        Files.move(tmp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(tmp);
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write an unsigned copy of " + jar + " to " + dir, e);
    }
  }

  private static void write(Path jar, Path out) throws IOException {
    try (JarFile in = new JarFile(jar.toFile(), false);
        JarOutputStream jos = new JarOutputStream(Files.newOutputStream(out), mainSection(in))) {
      Enumeration<JarEntry> entries = in.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        String n = e.getName();
        if (n.equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignatureFile(n)) {
          continue;
        }
        JarEntry copy = new JarEntry(n);
        copy.setTime(e.getTime());
        jos.putNextEntry(copy);
        try (InputStream is = in.getInputStream(e)) {
          is.transferTo(jos);
        }
        jos.closeEntry();
      }
    }
  }

  /** The manifest's main attributes only: the per-entry sections hold the signed digests. */
  private static Manifest mainSection(JarFile in) throws IOException {
    Manifest m = new Manifest();
    Manifest original = in.getManifest();
    if (original != null) {
      m.getMainAttributes().putAll(original.getMainAttributes());
    }
    m.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
    return m;
  }

  private static boolean isSignatureFile(String name) {
    String n = name.toUpperCase(java.util.Locale.ROOT);
    return n.startsWith("META-INF/") && n.indexOf('/', "META-INF/".length()) < 0
        && (n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA") || n.endsWith(".EC"));
  }
}
