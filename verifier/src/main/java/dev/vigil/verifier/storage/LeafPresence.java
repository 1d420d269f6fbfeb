package dev.vigil.verifier.storage;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;

/**
 * Whether a key has a leaf in a tree. A leaf of value zero is not the same as no leaf (spec 2.1:
 * a present leaf is never removed), so the store must not write a zero leaf for a key that has
 * none. {@code StateTree} has no membership query; an inclusion proof of {@code (key, 0)} answers
 * it: it verifies exactly when that leaf exists, since an absent key's path ends at an empty
 * subtree or at another key's leaf, whose hash cannot equal {@code H(0x00 || key || 0)}.
 */
final class LeafPresence {
  private LeafPresence() {}

  static boolean isPresent(StateTree tree, Bytes32 key) {
    if (!tree.get(key).isZero()) {
      return true;
    }
    return StateTree.verify(tree.root(), key, Bytes32.ZERO, tree.proof(key));
  }
}
