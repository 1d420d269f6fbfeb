package dev.vigil.protocol.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Java half of the differential test: the Java STF (through {@link WitnessBuilder})
 * reproduces every vector of vectors/fraud/ byte for byte; contracts/test/fraud/
 * StateTransitionDifferential.t.sol is the Solidity half.
 */
class StfVectorsTest {
  private static final Set<String> REQUIRED = Set.of("eth-transfer", "token-transfer",
      "token-transfer-insufficient", "eth-withdrawal", "eth-withdrawal-zero", "token-withdrawal",
      "token-withdrawal-zero", "token-withdrawal-insufficient", "unsupported-creation",
      "unsupported-unknown-calldata", "unsupported-max-size", "wrong-chain-id", "bad-signature",
      "gas-limit-low", "underpriced", "tip-above-fee", "nonce-low", "nonce-high", "nonce-max",
      "insufficient-funds", "cost-overflow", "malformed-random-bytes", "malformed-oversized",
      "malformed-bad-nested-access-list", "eth-deposit", "token-deposit", "forced-eth-transfer",
      "forced-malformed-flip-byte");

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void javaStfReproducesTheVectorFile(int f) throws IOException {
    String expected = resource(StfVectorGenerator.fileName(f));
    assertEquals(expected, StfVectorGenerator.json(f), "vectors/fraud/" + StfVectorGenerator.fileName(f)
        + " differs from the generator's output (see StfVectorGenerator's javadoc to regenerate)");
  }

  @Test
  void javaStfReproducesTheGasFile() throws IOException {
    assertEquals(resource(GasVectors.FILE), StfVectorGenerator.gasJson());
  }

  @Test
  void proofCallFileIsTheJavaEncoding() throws IOException {
    assertEquals(resource(StfVectorGenerator.PROOF_CALL_FILE), StfVectorGenerator.proofCallJson());
  }

  @Test
  void theFilesHoldTenThousandEntriesOfEveryKind() throws IOException {
    int total = 0;
    Set<String> kinds = new TreeSet<>();
    for (int f = 0; f < StfVectorGenerator.FILES; f++) {
      List<String> rows = resource(StfVectorGenerator.fileName(f)).lines()
          .filter(l -> l.contains("\"kind\": ")).toList();
      total += rows.size();
      rows.forEach(r -> kinds.add(r.replaceAll(".*\"kind\": \"([^\"]*)\".*", "$1")));
    }
    assertTrue(total >= 10_000, "only " + total + " vectors");
    Set<String> missing = new TreeSet<>(REQUIRED);
    missing.removeAll(kinds);
    assertTrue(missing.isEmpty(), "no vector of " + missing + "; kinds: " + kinds);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = StfVectorsTest.class.getResourceAsStream("/vectors/fraud/" + name)) {
      if (in == null) {
        throw new IOException("missing resource vectors/fraud/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
