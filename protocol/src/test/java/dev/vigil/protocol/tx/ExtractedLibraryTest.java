package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractedLibraryTest {

  @Test
  void findsOnlyTheExtractedCopiesInTheTemporaryDirectory() {
    Path tmp = Path.of("/tmp");
    List<String> maps = List.of(
        "7f00-7f01 r-xp 00000000 08:01 11 /tmp/secp256k1-0b44-uuid-libsecp256k1-jni.so",
        "7f01-7f02 r--p 00001000 08:01 11 /tmp/secp256k1-0b44-uuid-libsecp256k1-jni.so",
        "7f02-7f03 r-xp 00000000 08:01 12 /tmp/secp256k1-0c55-uuid-libsecp256k1-jni.so (deleted)",
        "7f03-7f04 r-xp 00000000 08:01 13 /usr/lib/secp256k1-0d66-uuid-libsecp256k1-jni.so",
        "7f04-7f05 r-xp 00000000 08:01 14 /tmp/libsecp256k1-jni.so",
        "7f05-7f06 rw-p 00000000 00:00 0 [heap]",
        "7f06-7f07 rw-p 00000000 00:00 0");
    assertEquals(List.of(Path.of("/tmp/secp256k1-0b44-uuid-libsecp256k1-jni.so")),
        ExtractedLibrary.mappedCopies(maps, tmp));
  }

  @Test
  void theLoadedLibraryLeavesNoFileBehindInThisJvm() throws Exception {
    RecoveryBackends.loadNative();
    List<String> mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream()
        .filter(line -> line.contains("libsecp256k1-jni.so"))
        .toList();
    assertFalse(mapped.isEmpty(), "the native library is mapped");
    for (String line : mapped) {
      assertTrue(line.endsWith("(deleted)"), line);
    }
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    assertEquals(List.of(), ExtractedLibrary.mappedCopies(Files.readAllLines(Path.of("/proc/self/maps")), tmp));
  }

  @Test
  void removingTwiceIsHarmless() {
    ExtractedLibrary.removeLoadedCopies();
    ExtractedLibrary.removeLoadedCopies();
    assertTrue(Files.isDirectory(Path.of(System.getProperty("java.io.tmpdir"))));
  }
}
