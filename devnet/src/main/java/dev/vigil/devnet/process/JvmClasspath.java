package dev.vigil.devnet.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * The classpath of this JVM, for starting the sequencer and verifiers as child JVMs with the
 * same classes. Under `./vigil devnet` it is the plain `-cp`; under Maven Surefire with a
 * manifest-only booter jar the real entries sit in that jar's Class-Path manifest attribute.
 */
public final class JvmClasspath {
  private JvmClasspath() {}

  public static String current() {
    String cp = System.getProperty("java.class.path", "");
    String[] entries = cp.split(java.io.File.pathSeparator);
    if (entries.length == 1 && entries[0].contains("surefirebooter") && entries[0].endsWith(".jar")) {
      return fromManifest(Path.of(entries[0]));
    }
    return cp;
  }

  private static String fromManifest(Path booter) {
    try (JarFile jar = new JarFile(booter.toFile())) {
      String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
      List<String> paths = new ArrayList<>();
      for (String url : classPath.trim().split("\\s+")) {
        URI uri = booter.getParent().toUri().resolve(url);
        Path p = Path.of(uri);
        if (Files.exists(p)) {
          paths.add(p.toString());
        }
      }
      return String.join(java.io.File.pathSeparator, paths);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the surefire booter manifest " + booter, e);
    }
  }

  /** The `java` binary of this JVM, so children run on the same Java version. */
  public static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
