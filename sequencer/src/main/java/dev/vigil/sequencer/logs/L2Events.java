package dev.vigil.sequencer.logs;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The events L2 emits, encoded as Solidity would emit them. */
public final class L2Events {
  /** ERC-20's {@code Transfer(address indexed from, address indexed to, uint256 value)}. */
  public static final Bytes32 TRANSFER = topic("Transfer(address,address,uint256)");
  /**
   * {@code WithdrawalInitiated(uint256 indexed index, address indexed l1Token, address indexed
   * recipient, uint256 amount)}, emitted by {@code L2_BRIDGE}; {@code l1Token} is zero for ETH.
   */
  public static final Bytes32 WITHDRAWAL_INITIATED =
      topic("WithdrawalInitiated(uint256,address,address,uint256)");

  private L2Events() {}

  static Bytes32 topic(String signature) {
    return Keccak.hash(signature.getBytes(StandardCharsets.US_ASCII));
  }

  public static Bytes32 word(Address a) {
    return Bytes32.of(Bytes.concat(Bytes.wrap(new byte[12]), a.bytes()));
  }

  public static LogEntry transfer(Address token, Address from, Address to, BigInteger value) {
    return new LogEntry(token, List.of(TRANSFER, word(from), word(to)),
        Bytes32.fromBigInteger(value).toBytes());
  }

  public static LogEntry withdrawalInitiated(Withdrawal w) {
    return new LogEntry(TxClassifier.L2_BRIDGE,
        List.of(WITHDRAWAL_INITIATED, Bytes32.fromLong(w.index()), word(w.token()), word(w.recipient())),
        Bytes32.fromBigInteger(w.amount()).toBytes());
  }
}
