package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateAccess;
import dev.vigil.protocol.state.StateTree;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StateAccess} over a {@link StateTree} that takes the state witness of every access
 * (docs/protocol.md 6.3) against the tree as it is at that moment.
 *
 * <p>An access starts with a read, or with a write of a key not being read; reading the key of
 * the open access again is part of it (the STF reads the sender for rules 6-7 and again to
 * charge it: one access); a write ends it. So the STF's reads and writes map onto 6.3's
 * accesses, and the contract, consuming one witness per access, meets them in the same order.
 */
final class RecordingAccess implements StateAccess {
  private StateTree tree;
  private Bytes32 open;
  private final List<StateWitness> witnesses = new ArrayList<>();

  RecordingAccess(StateTree pre) {
    this.tree = pre;
  }

  @Override
  public Bytes32 get(Bytes32 key) {
    if (!key.equals(open)) {
      witnesses.add(StateWitness.of(tree, key));
      open = key;
    }
    return tree.get(key);
  }

  @Override
  public void set(Bytes32 key, Bytes32 value) {
    if (!key.equals(open)) {
      witnesses.add(StateWitness.of(tree, key));
    }
    tree = tree.set(key, value);
    open = null;
  }

  StateTree tree() {
    return tree;
  }

  List<StateWitness> witnesses() {
    return List.copyOf(witnesses);
  }
}
