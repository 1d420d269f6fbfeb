package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The compact SMT of docs/protocol.md 2.2 written straight from its recursive definition over a
 * sorted map, with no shared structure and no caching: the reference {@link StateTree} is
 * checked against.
 */
final class NaiveSmt {
  private final TreeMap<Bytes32, Bytes32> leaves = new TreeMap<>();

  /** Spec 2.1: equal writes change nothing, absent reads as zero, present leaves stay. */
  void set(Bytes32 key, Bytes32 value) {
    if (!get(key).equals(value)) {
      leaves.put(key, value);
    }
  }

  Bytes32 get(Bytes32 key) {
    return leaves.getOrDefault(key, Bytes32.ZERO);
  }

  int size() {
    return leaves.size();
  }

  Map<Bytes32, Bytes32> leaves() {
    return leaves;
  }

  Bytes32 root() {
    return hash(new ArrayList<>(leaves.entrySet()), 0);
  }

  /** Sibling hashes down {@code key}'s path until the subtree holds at most one leaf. */
  List<Bytes32> proof(Bytes32 key) {
    List<Bytes32> out = new ArrayList<>();
    List<Map.Entry<Bytes32, Bytes32>> sub = new ArrayList<>(leaves.entrySet());
    for (int depth = 0; sub.size() > 1; depth++) {
      int cut = firstWithBitSet(sub, depth);
      List<Map.Entry<Bytes32, Bytes32>> left = sub.subList(0, cut);
      List<Map.Entry<Bytes32, Bytes32>> right = sub.subList(cut, sub.size());
      boolean goRight = key.bit(depth) == 1;
      out.add(hash(goRight ? left : right, depth + 1));
      sub = goRight ? right : left;
    }
    return out;
  }

  static Bytes32 leafHash(Bytes32 key, Bytes32 value) {
    return Keccak.hash(new byte[] {0}, key.toArray(), value.toArray());
  }

  /** The hash of the subtree at {@code depth} holding exactly {@code sub} (sorted by key). */
  private static Bytes32 hash(List<Map.Entry<Bytes32, Bytes32>> sub, int depth) {
    if (sub.isEmpty()) {
      return Bytes32.ZERO;
    }
    if (sub.size() == 1) {
      return leafHash(sub.get(0).getKey(), sub.get(0).getValue());
    }
    int cut = firstWithBitSet(sub, depth);
    Bytes32 l = hash(sub.subList(0, cut), depth + 1);
    Bytes32 r = hash(sub.subList(cut, sub.size()), depth + 1);
    return Keccak.hash(l.toArray(), r.toArray());
  }

  private static int firstWithBitSet(List<Map.Entry<Bytes32, Bytes32>> sub, int depth) {
    int i = 0;
    while (i < sub.size() && sub.get(i).getKey().bit(depth) == 0) {
      i++;
    }
    return i;
  }
}
