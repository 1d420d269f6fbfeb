package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.function.BiConsumer;

/**
 * A node of the compact sparse Merkle tree (docs/protocol.md 2.2). Nodes are immutable and
 * shared between tree versions; {@code null} stands for the empty subtree (hash {@code b32(0)}).
 *
 * <p>Invariant: a {@link Branch} holds at least two leaves, so a one-leaf subtree is always a
 * {@link Leaf}, wherever it sits. Hashes are computed on first use and cached: several writes
 * between two root computations hash the shared upper nodes once. The cache is a racy single
 * check, safe because every thread computes the same immutable {@link Bytes32}.
 *
 * <p>Package-private on purpose: proof builders of this package (inclusion now, non-inclusion and
 * update witnesses for fraud proofs later) walk these nodes directly.
 */
abstract sealed class Node permits Node.Leaf, Node.Branch {
  private static final byte[] LEAF_PREFIX = {0};

  private Bytes32 hash;

  /** The hash of the subtree rooted here. */
  final Bytes32 hash() {
    Bytes32 h = hash;
    if (h == null) {
      h = computeHash();
      hash = h;
    }
    return h;
  }

  abstract Bytes32 computeHash();

  /** Number of leaves below (and including) this node. */
  abstract long size();

  static Bytes32 hashOf(Node n) {
    return n == null ? Bytes32.ZERO : n.hash();
  }

  static long sizeOf(Node n) {
    return n == null ? 0 : n.size();
  }

  /** {@code H(0x00 || key || value)}: the 65-byte preimage keeps leaves apart from nodes. */
  static Bytes32 leafHash(Bytes32 key, Bytes32 value) {
    return Keccak.hash(LEAF_PREFIX, key.unsafeArray(), value.unsafeArray());
  }

  /** The subtree {@code n}, sitting at {@code depth}, with {@code key} set to {@code value}. */
  static Node put(Node n, int depth, Bytes32 key, Bytes32 value) {
    if (n == null) {
      return new Leaf(key, value);
    }
    if (n instanceof Leaf l) {
      return l.key.equals(key) ? new Leaf(key, value) : split(l, new Leaf(key, value), depth);
    }
    Branch b = (Branch) n;
    return key.bit(depth) == 0
        ? new Branch(put(b.left, depth + 1, key, value), b.right)
        : new Branch(b.left, put(b.right, depth + 1, key, value));
  }

  /**
   * Two leaves that share the subtree at {@code depth}: a branch where their keys first differ,
   * under one single-child branch per shared bit (the spec hashes those as H(x||0) or H(0||x)).
   */
  private static Node split(Leaf a, Leaf b, int depth) {
    int diff = firstDifferentBit(a.key, b.key);
    Node n = a.key.bit(diff) == 0 ? new Branch(a, b) : new Branch(b, a);
    for (int d = diff - 1; d >= depth; d--) {
      n = a.key.bit(d) == 0 ? new Branch(n, null) : new Branch(null, n);
    }
    return n;
  }

  private static int firstDifferentBit(Bytes32 x, Bytes32 y) {
    byte[] a = x.unsafeArray();
    byte[] b = y.unsafeArray();
    for (int i = 0; i < 32; i++) {
      int d = (a[i] ^ b[i]) & 0xff;
      if (d != 0) {
        return i * 8 + Integer.numberOfLeadingZeros(d) - 24;
      }
    }
    throw new IllegalArgumentException("equal keys do not split");
  }

  /** Visits the leaves below {@code n} in ascending key order. */
  static void forEachLeaf(Node n, BiConsumer<Bytes32, Bytes32> action) {
    if (n instanceof Leaf l) {
      action.accept(l.key, l.value);
    } else if (n instanceof Branch b) {
      forEachLeaf(b.left, action);
      forEachLeaf(b.right, action);
    }
  }

  static final class Leaf extends Node {
    final Bytes32 key;
    final Bytes32 value;

    Leaf(Bytes32 key, Bytes32 value) {
      this.key = key;
      this.value = value;
    }

    @Override
    Bytes32 computeHash() {
      return leafHash(key, value);
    }

    @Override
    long size() {
      return 1;
    }
  }

  static final class Branch extends Node {
    final Node left;
    final Node right;
    private final long size;

    Branch(Node left, Node right) {
      this.left = left;
      this.right = right;
      this.size = sizeOf(left) + sizeOf(right);
    }

    @Override
    Bytes32 computeHash() {
      return Keccak.hash(hashOf(left), hashOf(right));
    }

    @Override
    long size() {
      return size;
    }
  }
}
