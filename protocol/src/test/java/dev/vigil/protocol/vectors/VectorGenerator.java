package dev.vigil.protocol.vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the shared vector files. Run after a deliberate format change, from the repository root:
 *
 * <pre>
 * mvn -o -q -B -pl protocol test-compile
 * java -cp protocol/target/test-classes:protocol/target/classes:$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.86/bcprov-jdk18on-1.86.jar:$HOME/.m2/repository/org/junit/jupiter/junit-jupiter-api/5.14.4/junit-jupiter-api-5.14.4.jar \
 *   dev.vigil.protocol.vectors.VectorGenerator protocol/src/test/resources/vectors
 * </pre>
 */
public final class VectorGenerator {
  static final List<VectorFile> FILES =
      List.of(new SmtVectors(), new WithdrawalVectors(), new MerkleVectors(), new BatchVectors(), new QueueVectors(),
          new CompactVectors(), new CompactExpansionVectors());

  private VectorGenerator() {}

  /** File name to content. */
  static Map<String, String> generate() {
    Map<String, String> out = new LinkedHashMap<>();
    for (VectorFile f : FILES) {
      out.put(f.fileName(), Json.write(f.generate()));
    }
    return out;
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "protocol/src/test/resources/vectors");
    Files.createDirectories(dir);
    for (Map.Entry<String, String> e : generate().entrySet()) {
      Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
      System.out.println("wrote " + dir.resolve(e.getKey()));
    }
  }
}
