package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;

/** The keys of the state tree's leaves (docs/protocol.md 2.1). */
public final class StateKeys {
  /** {@code H(0x04)}: the number of withdrawals recorded so far. */
  public static final Bytes32 WITHDRAWAL_COUNT = Keccak.hash(new byte[] {0x04});

  private StateKeys() {}

  /** {@code H(0x01 || addr owner)}: the owner's nonce and ETH balance. */
  public static Bytes32 account(Address owner) {
    return AccountKeys.of(owner);
  }

  /** {@code H(0x02 || addr l1Token || addr owner)}: the owner's balance of a bridged token. */
  public static Bytes32 token(Address l1Token, Address owner) {
    return Keccak.hash(new byte[] {0x02}, l1Token.bytes().unsafeArray(), owner.bytes().unsafeArray());
  }

  /** {@code H(0x03 || u256(index))}: the withdrawal of that index. */
  public static Bytes32 withdrawal(long index) {
    if (index < 0) {
      throw new IllegalArgumentException("negative withdrawal index: " + index);
    }
    return Keccak.hash(new byte[] {0x03}, Bytes32.fromLong(index).unsafeArray());
  }
}
