package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The L2 state: the compact sparse Merkle tree of docs/protocol.md 2.2, persistent.
 *
 * <p>A {@code StateTree} never changes: {@link #set} copies the path to the key and shares the
 * rest, so any earlier tree stays a usable snapshot (the sequencer keeps one per block to serve
 * historical balances and withdrawal proofs). A write touches {@code O(depth)} nodes, where the
 * depth is about {@code log2(size)} plus the few bits two neighbouring keys share — never 256.
 * Hashes are computed when {@link #root()} or {@link #proof} first needs them, then cached.
 */
public final class StateTree {
  private static final StateTree EMPTY = new StateTree(null);

  private final Node root;

  private StateTree(Node root) {
    this.root = root;
  }

  /** The genesis state: no leaves, root {@code b32(0)}. */
  public static StateTree empty() {
    return EMPTY;
  }

  public Bytes32 root() {
    return Node.hashOf(root);
  }

  /** The value at {@code key}; {@code b32(0)} if absent. */
  public Bytes32 get(Bytes32 key) {
    Node n = root;
    int depth = 0;
    while (n instanceof Node.Branch b) {
      n = key.bit(depth++) == 0 ? b.left : b.right;
    }
    return n instanceof Node.Leaf l && l.key.equals(key) ? l.value : Bytes32.ZERO;
  }

  /**
   * The tree with {@code key} set to {@code value}. Writing the current value (absent reads as
   * zero) returns this tree, so a zero write never creates a leaf; writing zero to a present leaf
   * keeps it, with value zero (spec 2.1).
   */
  public StateTree set(Bytes32 key, Bytes32 value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (get(key).equals(value)) {
      return this;
    }
    return new StateTree(Node.put(root, 0, key, value));
  }

  /**
   * The sibling hashes along {@code key}'s path, top down (spec 2.3). For a present key its length
   * is the depth of the key's leaf; for an absent key the path ends at an empty subtree or at
   * another key's leaf.
   */
  public List<Bytes32> proof(Bytes32 key) {
    List<Bytes32> siblings = new ArrayList<>();
    Node n = root;
    int depth = 0;
    while (n instanceof Node.Branch b) {
      boolean right = key.bit(depth++) == 1;
      siblings.add(Node.hashOf(right ? b.left : b.right));
      n = right ? b.right : b.left;
    }
    return List.copyOf(siblings);
  }

  /**
   * The leaf that ends {@code key}'s path, at depth {@code proof(key).size()}: the key's own leaf,
   * another key's leaf (then {@code key} is absent), or empty when the path ends at an empty
   * subtree. With {@link #proof}, a state witness of docs/protocol.md 2.4.
   */
  public Optional<Map.Entry<Bytes32, Bytes32>> pathEnd(Bytes32 key) {
    Node n = root;
    int depth = 0;
    while (n instanceof Node.Branch b) {
      n = key.bit(depth++) == 0 ? b.left : b.right;
    }
    return n instanceof Node.Leaf l ? Optional.of(Map.entry(l.key, l.value)) : Optional.empty();
  }

  /** Whether {@code siblings} prove {@code (key, value)} in the tree of root {@code root} (2.3). */
  public static boolean verify(Bytes32 root, Bytes32 key, Bytes32 value, List<Bytes32> siblings) {
    if (siblings.size() > 256) {
      return false;
    }
    Bytes32 h = Node.leafHash(key, value);
    for (int i = siblings.size() - 1; i >= 0; i--) {
      Bytes32 s = siblings.get(i);
      h = key.bit(i) == 0 ? Keccak.hash(h, s) : Keccak.hash(s, h);
    }
    return h.equals(root);
  }

  /** Number of leaves, including present leaves of value zero. */
  public long size() {
    return Node.sizeOf(root);
  }

  /** Visits every leaf in ascending key order. */
  public void forEachLeaf(BiConsumer<Bytes32, Bytes32> action) {
    Node.forEachLeaf(root, action);
  }

  /** The root node ({@code null} when empty), for the proof builders of this package. */
  Node rootNode() {
    return root;
  }

  @Override
  public String toString() {
    return "StateTree[root=" + root() + ", size=" + size() + "]";
  }
}
