package dev.vigil.protocol.withdrawal;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.state.StateKeys;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A withdrawal recorded in the L2 state, paid on L1 by {@code Bridge.finalizeWithdrawal} once
 * its batch is final (docs/protocol.md 2.1 and 7).
 *
 * @param index the withdrawal's number, from 0
 * @param token the L1 token, {@link #ETH} for ether
 * @param recipient who is paid on L1
 * @param amount a uint256
 */
public record Withdrawal(long index, Address token, Address recipient, BigInteger amount) {
  /** The token address that stands for ether. */
  public static final Address ETH = Address.ZERO;

  public Withdrawal {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(amount, "amount");
    if (index < 0) {
      throw new IllegalArgumentException("negative withdrawal index: " + index);
    }
    if (amount.signum() < 0 || amount.bitLength() > 256) {
      throw new IllegalArgumentException("amount is not a uint256: " + amount);
    }
  }

  /** {@code H(0x03 || u256(index))}. */
  public Bytes32 leafKey() {
    return StateKeys.withdrawal(index);
  }

  /** {@code H(addr l1Token || addr l1Recipient || u256(amount))}, a 72-byte preimage. */
  public Bytes32 leafValue() {
    return Keccak.hash(
        token.bytes().unsafeArray(),
        recipient.bytes().unsafeArray(),
        Bytes32.fromBigInteger(amount).unsafeArray());
  }
}
