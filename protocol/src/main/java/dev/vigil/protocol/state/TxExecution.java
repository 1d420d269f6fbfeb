package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * Execution of a valid transaction, docs/protocol.md 3.4. Each step reads the state the
 * previous one wrote, so a sender who is also the fee recipient or the recipient works:
 *
 * <ol>
 *   <li>sender: {@code nonce += 1}, {@code balance -= fee};
 *   <li>fee recipient: {@code credit(balance, fee)};
 *   <li>the kind's effect: status 1, or status 0 and nothing more changes.
 * </ol>
 *
 * Validity (rule 7) guarantees that every debit below stays non-negative. The reads and writes
 * are the accesses of docs/protocol.md 6.3, in its order: every listed write happens, even of an
 * unchanged value, and the status-0 checks that need no state come before any access.
 */
final class TxExecution {
  private final StateAccess state;

  private TxExecution(StateAccess state) {
    this.state = state;
  }

  static Outcome.Executed run(StateAccess state, SignedTx tx, Address sender, TxKind kind, ChainParams p) {
    long gasUsed = kind.gas();
    BigInteger fee = BigInteger.valueOf(gasUsed).multiply(tx.effectivePrice(p.baseFee()));
    TxExecution x = new TxExecution(state);
    Account a = x.account(sender);
    x.setAccount(sender, new Account(a.nonce() + 1, a.balance().subtract(fee)));
    x.creditEth(p.feeRecipient(), fee);
    Optional<Withdrawal> withdrawal = Optional.empty();
    int status = 1;
    if (kind instanceof TxKind.EthTransfer t) {
      x.debitEth(sender, t.value());
      x.creditEth(t.to(), t.value());
    } else if (kind instanceof TxKind.TokenTransfer t) {
      status = x.moveToken(t.token(), sender, t.to(), t.amount()) ? 1 : 0;
    } else if (kind instanceof TxKind.EthWithdrawal w && w.amount().signum() > 0) {
      x.debitEth(sender, w.amount());
      withdrawal = Optional.of(x.record(Withdrawal.ETH, w.recipient(), w.amount()));
    } else if (kind instanceof TxKind.TokenWithdrawal w && w.amount().signum() > 0
        && x.debitToken(w.token(), sender, w.amount())) {
      withdrawal = Optional.of(x.record(w.token(), w.recipient(), w.amount()));
    } else {
      status = 0; // unsupported, or a withdrawal of nothing or of more tokens than held
    }
    return new Outcome.Executed(sender, kind, status, gasUsed, fee, withdrawal);
  }

  private Account account(Address owner) {
    return Account.fromWord(state.get(StateKeys.account(owner)));
  }

  private void setAccount(Address owner, Account a) {
    state.set(StateKeys.account(owner), a.toWord());
  }

  private void debitEth(Address owner, BigInteger amount) {
    Account a = account(owner);
    setAccount(owner, new Account(a.nonce(), a.balance().subtract(amount)));
  }

  private void creditEth(Address owner, BigInteger amount) {
    Account a = account(owner);
    setAccount(owner, new Account(a.nonce(), Credit.eth(a.balance(), amount)));
  }

  /** Status-0 check, then debit of the sender, then credit of the recipient. */
  private boolean moveToken(Address token, Address from, Address to, BigInteger amount) {
    if (!debitToken(token, from, amount)) {
      return false;
    }
    Bytes32 key = StateKeys.token(token, to);
    state.set(key, Bytes32.fromBigInteger(Credit.token(state.get(key).toBigInteger(), amount)));
    return true;
  }

  /** Debits {@code amount} of the token, or returns false (and changes nothing) if the balance is short. */
  private boolean debitToken(Address token, Address owner, BigInteger amount) {
    Bytes32 key = StateKeys.token(token, owner);
    BigInteger balance = state.get(key).toBigInteger();
    if (balance.compareTo(amount) < 0) {
      return false;
    }
    state.set(key, Bytes32.fromBigInteger(balance.subtract(amount)));
    return true;
  }

  /** The count first, then the leaf (the access order of docs/protocol.md 6.3; same end state). */
  private Withdrawal record(Address token, Address recipient, BigInteger amount) {
    long index = state.get(StateKeys.WITHDRAWAL_COUNT).toBigInteger().longValueExact();
    Withdrawal w = new Withdrawal(index, token, recipient, amount);
    state.set(StateKeys.WITHDRAWAL_COUNT, Bytes32.fromLong(index + 1));
    state.set(w.leafKey(), w.leafValue());
    return w;
  }
}
