package dev.vigil.sequencer.block;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;

/** Calldata of the L2 bridge's withdrawal calls (docs/protocol.md 3.2), for tests. */
public final class WithdrawalCall {
  private WithdrawalCall() {}

  /** {@code withdrawEth(address recipient)}. */
  public static Bytes withdrawEth(Address recipient) {
    return Bytes.concat(Bytes.fromHex("0x25e16063"), word(recipient));
  }

  /** {@code withdrawToken(address l1Token, address recipient, uint256 amount)}. */
  public static Bytes withdrawToken(Address token, Address recipient, BigInteger amount) {
    return Bytes.concat(Bytes.fromHex("0x01e33667"), word(token), word(recipient),
        Bytes32.fromBigInteger(amount).toBytes());
  }

  /** {@code transfer(address to, uint256 amount)}. */
  public static Bytes transfer(Address to, BigInteger amount) {
    return Bytes.concat(Bytes.fromHex("0xa9059cbb"), word(to), Bytes32.fromBigInteger(amount).toBytes());
  }

  private static Bytes word(Address a) {
    return Bytes.concat(Bytes.wrap(new byte[12]), a.bytes());
  }
}
