package dev.vigil.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared vector files still hold what the Java code computes, and are up to date. */
class VectorsTest {
  static List<VectorFile> files() {
    return VectorGenerator.FILES;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  @SuppressWarnings("unchecked")
  void codeReproducesEveryVector(VectorFile file) throws Exception {
    file.check((Map<String, Object>) Json.parse(read(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void fileMatchesTheGenerator(VectorFile file) throws IOException {
    String text = read(file);
    // fraud/ holds the large differential files
    assertTrue(file.fileName().startsWith("fraud/") || text.length() < 100_000,
        file.fileName() + " is " + text.length() + " bytes");
    assertEquals(Json.write(file.generate()), text, "regenerate with VectorGenerator");
  }

  private static String read(VectorFile file) throws IOException {
    try (InputStream in = VectorsTest.class.getResourceAsStream("/vectors/" + file.fileName())) {
      assertNotNull(in, file.fileName() + " missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
