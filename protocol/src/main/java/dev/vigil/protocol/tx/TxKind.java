package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.util.Objects;

/** What a transaction asks for (docs/protocol.md 3.2), with its fixed gas (section 1). */
public sealed interface TxKind
    permits TxKind.EthTransfer, TxKind.TokenTransfer, TxKind.EthWithdrawal,
        TxKind.TokenWithdrawal, TxKind.Unsupported {

  long ETH_TRANSFER_GAS = 21_000;
  long TOKEN_TRANSFER_GAS = 50_000;
  long ETH_WITHDRAWAL_GAS = 60_000;
  long TOKEN_WITHDRAWAL_GAS = 80_000;
  long UNSUPPORTED_GAS = 21_000;

  /** The gas the transaction uses, whatever its status. */
  long gas();

  /** Moves {@code value} wei from the sender to {@code to}. */
  record EthTransfer(Address to, BigInteger value) implements TxKind {
    public EthTransfer {
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public long gas() {
      return ETH_TRANSFER_GAS;
    }
  }

  /** Moves {@code amount} of the bridged L1 token {@code token} from the sender to {@code to}. */
  record TokenTransfer(Address token, Address to, BigInteger amount) implements TxKind {
    public TokenTransfer {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public long gas() {
      return TOKEN_TRANSFER_GAS;
    }
  }

  /** Burns {@code amount} wei (the transaction's value) on L2 for {@code recipient} on L1. */
  record EthWithdrawal(Address recipient, BigInteger amount) implements TxKind {
    public EthWithdrawal {
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public long gas() {
      return ETH_WITHDRAWAL_GAS;
    }
  }

  /** Burns {@code amount} of {@code token} on L2 for {@code recipient} on L1. */
  record TokenWithdrawal(Address token, Address recipient, BigInteger amount) implements TxKind {
    public TokenWithdrawal {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(recipient, "recipient");
      Objects.requireNonNull(amount, "amount");
    }

    @Override
    public long gas() {
      return TOKEN_WITHDRAWAL_GAS;
    }
  }

  /** Anything else: executes with status 0; {@code reason} completes "unsupported transaction: ". */
  record Unsupported(String reason) implements TxKind {
    public Unsupported {
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public long gas() {
      return UNSUPPORTED_GAS;
    }
  }
}
