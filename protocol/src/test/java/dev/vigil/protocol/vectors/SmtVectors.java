package dev.vigil.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** smt.json: trees given by their leaves, their roots, and inclusion proofs of some leaves. */
final class SmtVectors implements VectorFile {
  @Override
  public String fileName() {
    return "smt.json";
  }

  @Override
  public Map<String, Object> generate() {
    Random rnd = new Random(SEED);
    List<Object> trees = new ArrayList<>();
    trees.add(tree("empty", List.of(), List.of(), List.of()));
    Bytes32 k = random(rnd);
    trees.add(tree("one leaf (depth 0, no siblings)", List.of(k), List.of(random(rnd)), List.of(k)));
    Bytes32 a = random(rnd);
    trees.add(tree("keys differing only in bit 255 (depth 256)",
        List.of(a, flip(a, 255)), List.of(random(rnd), random(rnd)), List.of(a)));
    Bytes32 b = random(rnd);
    trees.add(tree("keys differing in bit 0 (depth 1)",
        List.of(b, flip(b, 0)), List.of(random(rnd), random(rnd)), List.of(b, flip(b, 0))));
    Bytes32 c = random(rnd);
    List<Bytes32> zeroKeys = List.of(c, flip(c, 3), flip(c, 9));
    trees.add(tree("a present leaf of value zero",
        zeroKeys, List.of(Bytes32.ZERO, random(rnd), Bytes32.fromLong(1)), zeroKeys));
    List<Bytes32> keys = new ArrayList<>();
    List<Bytes32> values = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      keys.add(i % 3 == 2 ? flip(keys.get(rnd.nextInt(i)), 16 + rnd.nextInt(48)) : random(rnd));
      values.add(random(rnd));
    }
    trees.add(tree("24 leaves, some sharing 16 to 63 bit prefixes", keys, values,
        List.of(keys.get(0), keys.get(2), keys.get(5), keys.get(11), keys.get(23))));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("trees", trees);
    return out;
  }

  private static Map<String, Object> tree(
      String name, List<Bytes32> keys, List<Bytes32> values, List<Bytes32> proofKeys) {
    StateTree t = build(keys, values);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("keys", VectorFile.hexList(keys));
    m.put("values", VectorFile.hexList(values));
    m.put("root", t.root().toHex());
    List<Object> proofs = new ArrayList<>();
    for (Bytes32 key : proofKeys) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put("key", key.toHex());
      p.put("value", t.get(key).toHex());
      p.put("siblings", VectorFile.hexList(t.proof(key)));
      proofs.add(p);
    }
    m.put("proofs", proofs);
    return m;
  }

  /** Every listed leaf is present, zero-valued ones included (written non-zero, then zero). */
  static StateTree build(List<Bytes32> keys, List<Bytes32> values) {
    StateTree t = StateTree.empty();
    for (int i = 0; i < keys.size(); i++) {
      if (values.get(i).isZero()) {
        t = t.set(keys.get(i), Bytes32.fromLong(1));
      }
      t = t.set(keys.get(i), values.get(i));
    }
    return t;
  }

  @Override
  public void check(Map<String, Object> json) {
    for (Map<String, Object> tree : VectorFile.objects(json.get("trees"))) {
      String name = (String) tree.get("name");
      StateTree t = build(VectorFile.words(tree.get("keys")), VectorFile.words(tree.get("values")));
      assertEquals(VectorFile.word(tree.get("root")), t.root(), name);
      assertEquals(((List<?>) tree.get("keys")).size(), t.size(), name);
      for (Map<String, Object> p : VectorFile.objects(tree.get("proofs"))) {
        Bytes32 key = VectorFile.word(p.get("key"));
        List<Bytes32> siblings = VectorFile.words(p.get("siblings"));
        assertEquals(siblings, t.proof(key), name);
        assertTrue(StateTree.verify(t.root(), key, VectorFile.word(p.get("value")), siblings), name);
      }
    }
  }

  static Bytes32 random(Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    return Bytes32.wrap(b);
  }

  private static Bytes32 flip(Bytes32 key, int bit) {
    byte[] b = key.toArray();
    b[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
    return Bytes32.wrap(b);
  }
}
