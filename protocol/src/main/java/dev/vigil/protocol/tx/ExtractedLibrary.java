package dev.vigil.protocol.tx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * secp256k1-kmp extracts its JNI library into the temporary directory of every JVM that loads it
 * ({@code secp256k1-<uuid>-libsecp256k1-jni.so}, 1.8 MB, with a {@code .lck} beside it) and
 * deletes it only on a normal exit: a JVM that is killed leaves both behind for good. Once the
 * library is loaded, its mapping no longer needs the file, so on Linux it is removed at once.
 */
final class ExtractedLibrary {
  private static final String PREFIX = "secp256k1-";
  private static final String SUFFIX = "-libsecp256k1-jni.so";

  private ExtractedLibrary() {}

  /** Deletes this JVM's extracted copies; anything unexpected leaves the files in place. */
  static void removeLoadedCopies() {
    Path maps = Path.of("/proc/self/maps");
    if (!Files.isReadable(maps)) {
      return;
    }
    Path tmp = Path.of(System.getProperty("fr.acinq.secp256k1.tmpdir", System.getProperty("java.io.tmpdir")))
        .toAbsolutePath().normalize();
    try {
      for (Path file : mappedCopies(Files.readAllLines(maps), tmp)) {
        Files.deleteIfExists(file);
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".lck"));
      }
    } catch (IOException | RuntimeException e) {
      // best effort: the library's own deleteOnExit still runs on a normal exit
    }
  }

  /** The extracted library files in {@code tmp} that {@code mapsLines} show mapped. */
  static List<Path> mappedCopies(List<String> mapsLines, Path tmp) {
    return mapsLines.stream()
        .filter(line -> line.indexOf('/') >= 0)
        .map(line -> Path.of(line.substring(line.indexOf('/')).trim()))
        .filter(p -> tmp.equals(p.getParent()))
        .filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(SUFFIX))
        .distinct()
        .toList();
  }
}
