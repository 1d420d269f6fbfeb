package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.protocol.bytes.Bytes;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoder still reads exactly what the Solidity twin's vectors say it reads. */
class TxVectorsTest {

  private static List<Map<String, Object>> fileVectors() throws IOException {
    try (InputStream in = TxVectorsTest.class.getClassLoader().getResourceAsStream(TxVectorGenerator.RESOURCE)) {
      Map<String, List<Map<String, Object>>> file = new ObjectMapper().readValue(in, new TypeReference<>() {});
      return file.get("transactions");
    }
  }

  @Test
  void decoderReproducesEveryVector() throws IOException {
    List<Map<String, Object>> vectors = fileVectors();
    assertTrue(vectors.size() >= 90, "vectors: " + vectors.size());
    ObjectMapper json = new ObjectMapper();
    for (Map<String, Object> v : vectors) {
      Map<String, Object> now = TxVectors.describe((String) v.get("name"), Bytes.fromHex((String) v.get("raw")));
      // compare as parsed JSON, so a long and an int of the same value are equal
      assertEquals(json.readTree(json.writeValueAsString(v)), json.readTree(json.writeValueAsString(now)),
          (String) v.get("name"));
    }
  }

  @Test
  void theFileHoldsWhatTheGeneratorMakes() throws IOException {
    List<Map<String, Object>> vectors = fileVectors();
    var inputs = TxVectorGenerator.inputs();
    assertEquals(inputs.size(), vectors.size());
    for (int i = 0; i < inputs.size(); i++) {
      assertEquals(inputs.get(i).getKey(), vectors.get(i).get("name"));
      assertEquals(inputs.get(i).getValue().toHex(), vectors.get(i).get("raw"));
    }
  }

  @Test
  void coversMalformedInvalidSignatureAndEveryKind() throws IOException {
    List<Map<String, Object>> vectors = fileVectors();
    assertTrue(vectors.stream().anyMatch(v -> Boolean.TRUE.equals(v.get("malformed"))));
    assertTrue(vectors.stream().anyMatch(
        v -> Boolean.FALSE.equals(v.get("malformed")) && Boolean.FALSE.equals(v.get("signatureValid"))));
    for (String kind : List.of("ethTransfer", "tokenTransfer", "ethWithdrawal", "tokenWithdrawal", "unsupported")) {
      assertTrue(vectors.stream().anyMatch(v -> kind.equals(v.get("kind"))), kind);
    }
  }
}
