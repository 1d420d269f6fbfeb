package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Bytes32;

/** {@link StateAccess} over a persistent tree: each write makes the next tree. */
final class TreeAccess implements StateAccess {
  private StateTree tree;

  TreeAccess(StateTree pre) {
    this.tree = pre;
  }

  @Override
  public Bytes32 get(Bytes32 key) {
    return tree.get(key);
  }

  @Override
  public void set(Bytes32 key, Bytes32 value) {
    tree = tree.set(key, value);
  }

  StateTree tree() {
    return tree;
  }
}
