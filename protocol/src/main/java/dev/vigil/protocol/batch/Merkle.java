package dev.vigil.protocol.batch;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code merkleRoot} of docs/protocol.md 5.2: {@code m >= 1} leaves padded with {@code b32(0)}
 * to the next power of two {@code 2^k}, pairs hashed {@code H(left || right)} level by level; one
 * leaf is its own root. Used for the entries root and the intermediate state roots.
 */
public final class Merkle {
  private Merkle() {}

  public static Bytes32 root(List<Bytes32> leaves) {
    Bytes32[] level = padded(leaves);
    while (level.length > 1) {
      level = up(level);
    }
    return level[0];
  }

  /** The {@code k} siblings of leaf {@code index}, bottom up. */
  public static List<Bytes32> path(List<Bytes32> leaves, int index) {
    if (index < 0 || index >= leaves.size()) {
      throw new IndexOutOfBoundsException("leaf " + index + " of " + leaves.size());
    }
    List<Bytes32> out = new ArrayList<>();
    Bytes32[] level = padded(leaves);
    for (int i = index; level.length > 1; i >>>= 1) {
      out.add(level[i ^ 1]);
      level = up(level);
    }
    return List.copyOf(out);
  }

  /** Whether {@code path} proves {@code leaf} at {@code index} under {@code root}. */
  public static boolean verify(Bytes32 root, Bytes32 leaf, int index, List<Bytes32> path) {
    if (index < 0 || path.size() > 31 || (index >>> path.size()) != 0) {
      return false;
    }
    Bytes32 h = leaf;
    for (int i = 0; i < path.size(); i++) {
      h = ((index >>> i) & 1) == 0 ? Keccak.hash(h, path.get(i)) : Keccak.hash(path.get(i), h);
    }
    return h.equals(root);
  }

  private static Bytes32[] padded(List<Bytes32> leaves) {
    if (leaves.isEmpty()) {
      throw new IllegalArgumentException("merkleRoot needs at least one leaf");
    }
    int size = Integer.highestOneBit(leaves.size());
    if (size < leaves.size()) {
      size <<= 1;
    }
    Bytes32[] level = new Bytes32[size];
    for (int i = 0; i < size; i++) {
      level[i] = i < leaves.size() ? leaves.get(i) : Bytes32.ZERO;
    }
    return level;
  }

  private static Bytes32[] up(Bytes32[] level) {
    Bytes32[] next = new Bytes32[level.length / 2];
    for (int i = 0; i < next.length; i++) {
      next[i] = Keccak.hash(level[2 * i], level[2 * i + 1]);
    }
    return next;
  }
}
