package dev.vigil.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** merkle.json: leaf lists of several sizes with their merkleRoot and every leaf's path. */
final class MerkleVectors implements VectorFile {
  private static final int[] SIZES = {1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 33};

  @Override
  public String fileName() {
    return "merkle.json";
  }

  @Override
  public Map<String, Object> generate() {
    Random rnd = new Random(SEED + 2);
    List<Object> cases = new ArrayList<>();
    for (int m : SIZES) {
      List<Bytes32> leaves = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        leaves.add(SmtVectors.random(rnd));
      }
      List<Object> paths = new ArrayList<>();
      for (int i = 0; i < m; i++) {
        paths.add(VectorFile.hexList(Merkle.path(leaves, i)));
      }
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("leaves", VectorFile.hexList(leaves));
      c.put("root", Merkle.root(leaves).toHex());
      c.put("paths", paths);
      cases.add(c);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("cases", cases);
    return out;
  }

  @Override
  public void check(Map<String, Object> json) {
    for (Map<String, Object> c : VectorFile.objects(json.get("cases"))) {
      List<Bytes32> leaves = VectorFile.words(c.get("leaves"));
      Bytes32 root = VectorFile.word(c.get("root"));
      assertEquals(root, Merkle.root(leaves));
      List<?> paths = (List<?>) c.get("paths");
      assertEquals(leaves.size(), paths.size());
      for (int i = 0; i < leaves.size(); i++) {
        List<Bytes32> path = VectorFile.words(paths.get(i));
        assertEquals(path, Merkle.path(leaves, i));
        assertTrue(Merkle.verify(root, leaves.get(i), i, path));
      }
    }
  }
}
