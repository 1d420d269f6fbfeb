package dev.vigil.protocol.vectors;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One shared vector file under src/test/resources/vectors: how it is generated (from a fixed
 * seed) and how the Java code is checked against what the file says.
 */
interface VectorFile {
  long SEED = 0x5669676c; // "Vigl"

  String fileName();

  /** The file's content, deterministic. */
  Map<String, Object> generate();

  /** Asserts that the production code reproduces every vector of the parsed file. */
  void check(Map<String, Object> json) throws Exception;

  static List<String> hexList(List<Bytes32> words) {
    List<String> out = new ArrayList<>(words.size());
    for (Bytes32 w : words) {
      out.add(w.toHex());
    }
    return out;
  }

  static List<Bytes32> words(Object jsonArray) {
    List<Bytes32> out = new ArrayList<>();
    for (Object o : (List<?>) jsonArray) {
      out.add(Bytes32.fromHex((String) o));
    }
    return out;
  }

  static Bytes32 word(Object jsonString) {
    return Bytes32.fromHex((String) jsonString);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> objects(Object jsonArray) {
    return (List<Map<String, Object>>) jsonArray;
  }
}
