package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Bytes32;

/**
 * The state as the state transition function sees it: leaf reads and writes, in the order of
 * docs/protocol.md 6.3. Over a {@link StateTree} it is plain reads and path-copying writes; the
 * fraud-proof builder records a state witness per access instead. So the STF calls
 * {@link #set} for every write 6.3 lists, even of an unchanged value, and reads nothing that
 * 6.3 does not read.
 */
public interface StateAccess {
  /** The value of {@code key}; {@code b32(0)} if absent. */
  Bytes32 get(Bytes32 key);

  /** Writes {@code value} at {@code key} (an unchanged value changes nothing, spec 2.1). */
  void set(Bytes32 key, Bytes32 value);
}
