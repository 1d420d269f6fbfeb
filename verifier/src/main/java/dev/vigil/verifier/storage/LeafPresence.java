package dev.vigil.verifier.storage;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;

/**
 * Leaves of value zero. A leaf of value zero is not the same as no leaf (spec 2.1: a present
 * leaf is never removed), so the store must write a zero leaf exactly for the keys that have one,
 * and must be able to rebuild it, although {@code set(key, 0)} on an absent key creates nothing.
 */
final class LeafPresence {
  /** Any non-zero value: written first so that the following zero write keeps a leaf. */
  private static final Bytes32 PLACEHOLDER = Bytes32.fromLong(1);

  private LeafPresence() {}

  /** Whether {@code key} has a leaf in {@code tree}: its path ends at its own leaf. */
  static boolean isPresent(StateTree tree, Bytes32 key) {
    return tree.pathEnd(key).map(leaf -> leaf.getKey().equals(key)).orElse(false);
  }

  /** {@code tree} with the leaf {@code (key, value)} present, also when {@code value} is zero. */
  static StateTree withLeaf(StateTree tree, Bytes32 key, Bytes32 value) {
    if (value.isZero() && !isPresent(tree, key)) {
      return tree.set(key, PLACEHOLDER).set(key, value);
    }
    return tree.set(key, value);
  }
}
