package dev.vigil.protocol.queue;

import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An item of the L1 queue (docs/protocol.md 4), with its {@code item} encoding:
 *
 * <pre>
 * ETH deposit         0x00 || addr l2Recipient || u256(amount)
 * token deposit       0x01 || addr l1Token || addr l2Recipient || u256(amount)
 * forced transaction  0x02 || raw signed L2 transaction     (1 <= length <= MAX_TX_SIZE)
 * </pre>
 *
 * <p>The bridge also refuses zero deposits and amounts of {@code 2^128} or more; those rules are
 * the bridge's, not the L2's, so any uint256 amount is representable and executes as specified.
 */
public sealed interface QueueItem {
  int ETH_DEPOSIT = 0x00;
  int TOKEN_DEPOSIT = 0x01;
  int FORCED_TX = 0x02;

  /** The {@code item} bytes the bridge emits and hashes. */
  Bytes encode();

  /** {@code H(item)}, what the bridge stores for the item's index. */
  default Bytes32 hash() {
    return Keccak.hash(encode());
  }

  /** Parses an {@code item}; throws {@link IllegalArgumentException} on any other bytes. */
  static QueueItem decode(Bytes item) {
    if (item.isEmpty()) {
      throw new IllegalArgumentException("empty queue item");
    }
    int kind = item.getUnsigned(0);
    switch (kind) {
      case ETH_DEPOSIT:
        expectLength(item, 1 + 20 + 32);
        return new EthDeposit(new Address(item.slice(1, 21)), uint(item, 21));
      case TOKEN_DEPOSIT:
        expectLength(item, 1 + 20 + 20 + 32);
        return new TokenDeposit(
            new Address(item.slice(1, 21)), new Address(item.slice(21, 41)), uint(item, 41));
      case FORCED_TX:
        return new ForcedTx(item.slice(1));
      default:
        throw new IllegalArgumentException("unknown queue item kind " + kind);
    }
  }

  private static void expectLength(Bytes item, int length) {
    if (item.length() != length) {
      throw new IllegalArgumentException(
          "queue item of kind " + item.getUnsigned(0) + " is " + length + " bytes, got " + item.length());
    }
  }

  private static BigInteger uint(Bytes item, int from) {
    return new BigInteger(1, item.slice(from, from + 32).unsafeArray());
  }

  private static BigInteger checkAmount(BigInteger amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0 || amount.bitLength() > 256) {
      throw new IllegalArgumentException("amount is not a uint256: " + amount);
    }
    return amount;
  }

  /** {@code depositEth(to)} with {@code msg.value == amount}. */
  record EthDeposit(Address to, BigInteger amount) implements QueueItem {
    public EthDeposit {
      Objects.requireNonNull(to, "to");
      checkAmount(amount);
    }

    @Override
    public Bytes encode() {
      return Bytes.concat(
          Bytes.of((byte) ETH_DEPOSIT), to.bytes(), Bytes32.fromBigInteger(amount).toBytes());
    }
  }

  /** {@code depositToken(token, to, amount)}, amount as received by the bridge. */
  record TokenDeposit(Address token, Address to, BigInteger amount) implements QueueItem {
    public TokenDeposit {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(to, "to");
      checkAmount(amount);
    }

    @Override
    public Bytes encode() {
      return Bytes.concat(
          Bytes.of((byte) TOKEN_DEPOSIT),
          token.bytes(),
          to.bytes(),
          Bytes32.fromBigInteger(amount).toBytes());
    }
  }

  /** {@code forceTransaction(tx)}: executes exactly as a batch's transaction entry. */
  record ForcedTx(Bytes tx) implements QueueItem {
    public ForcedTx {
      Objects.requireNonNull(tx, "tx");
      if (tx.isEmpty() || tx.length() > ProtocolLimits.MAX_TX_SIZE) {
        throw new IllegalArgumentException("forced transaction of " + tx.length() + " bytes");
      }
    }

    @Override
    public Bytes encode() {
      return Bytes.concat(Bytes.of((byte) FORCED_TX), tx);
    }
  }
}
