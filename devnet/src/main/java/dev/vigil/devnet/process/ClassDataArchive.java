package dev.vigil.devnet.process;

import dev.vigil.devnet.process.ChildStartup.ArchiveUse;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

/**
 * Class-data sharing for one kind of child JVM (the sequencer, the verifiers): a dynamic AppCDS
 * archive of the classes it loaded, which later starts map instead of reading, parsing and
 * verifying them again (about half of a cold child's CPU to READY). The first start with a given
 * set of jars records the archive as it stops ({@code -XX:ArchiveClassesAtExit}); later starts
 * use it (a recording whose JVM exited with nobody left to publish it, e.g. the devnet's own JVM
 * on Ctrl-C, is published by the next plan). A missing, stale or refused archive only costs
 * speed: the JVM then loads the classes
 * as usual ({@code -Xshare:auto}, its warnings silenced), and a recording is published only once
 * a JVM has mapped it with {@code -Xshare:on}.
 *
 * <p>The JVM refuses to record with a class directory on the classpath and never archives
 * classes of signed jars, so a child runs from the jars alone (when its main class is in one:
 * the directories are the launching module's own classes and tests) with unsigned copies of the
 * signed ones.
 *
 * @param dir where archives and unsigned jar copies are kept ({@code .vigil/cds})
 * @param name the kind of child, part of the archive's file name
 */
public record ClassDataArchive(Path dir, String name) {
  private static final List<String> QUIET = List.of("-Xshare:auto", "-Xlog:cds*=off");

  public ClassDataArchive {
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new IllegalArgumentException("bad archive name " + name);
    }
  }

  /** How to launch a child of this kind whose classes come from {@code classpath}. */
  public Launch plan(String classpath, String mainClass) {
    Optional<List<Path>> jars = jarsHolding(classpath, mainClass);
    if (jars.isEmpty()) {
      return new Launch(classpath, List.of(), ArchiveUse.OFF, Optional.empty());
    }
    List<Path> cp = new ArrayList<>();
    for (Path jar : jars.get()) {
      cp.add(UnsignedJar.isSigned(jar) ? UnsignedJar.copyIn(dir.resolve("jars"), jar) : jar);
    }
    String path = String.join(File.pathSeparator, cp.stream().map(Path::toString).toList());
    String key = ArchiveKey.of(ArchiveKey.currentJvm(), cp);
    Path archive = dir.resolve(name + "-" + key + ".jsa");
    if (Files.isRegularFile(archive) || Recording.publishLeftOver(archive, path)) {
      List<String> options = new ArrayList<>(List.of("-XX:SharedArchiveFile=" + archive));
      options.addAll(QUIET);
      return new Launch(path, options, ArchiveUse.USED, Optional.empty());
    }
    Recording recording = Recording.next(dir, name, key, archive, path);
    List<String> options = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + recording.part()));
    options.addAll(QUIET);
    return new Launch(path, options, ArchiveUse.RECORDING, Optional.of(recording));
  }

  /**
   * The classpath's jars, in order, when the main class is in one of them; empty when it is in
   * a directory (a build that has not packaged the modules), which then runs as it is.
   */
  static Optional<List<Path>> jarsHolding(String classpath, String mainClass) {
    List<Path> jars = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(p)) {
        jars.add(p.toAbsolutePath());
      }
    }
    String resource = mainClass.replace('.', '/') + ".class";
    for (Path jar : jars) {
      try (JarFile f = new JarFile(jar.toFile(), false)) {
        if (f.getEntry(resource) != null) {
          return Optional.of(jars);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + jar, e);
      }
    }
    return Optional.empty();
  }

  /**
   * One launch: the classpath and JVM options to use, what the archive does for it, and the
   * recording to publish once the child has stopped cleanly.
   */
  public record Launch(String classpath, List<String> options, ArchiveUse use,
      Optional<Recording> recording) {
    public Launch {
      options = List.copyOf(options);
    }
  }
}
