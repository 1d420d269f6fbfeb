package dev.vigil.sequencer.fault;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.Outcome;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The state a cheating sequencer claims after one entry, per fault kind: the honest result
 * changed in one place, built with the protocol's own tree so the later roots of the batch can
 * be computed on it. Empty when the entry is not one the lie is about.
 */
final class Lies {
  /** What a wrong balance is off by: 1 ether (1 unit of an 18-decimal token). */
  static final BigInteger EXTRA = BigInteger.TEN.pow(18);
  /** The factor of an inflated withdrawal. */
  static final BigInteger INFLATION = BigInteger.TEN;
  private static final BigInteger MAX_TOKEN = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private Lies() {}

  /**
   * The claimed state after {@code step}, whose honest result on {@code pre} is {@code honest};
   * {@code last} tells whether it is the batch's last entry.
   */
  static Optional<StateTree> tell(FaultKind kind, Step step, StateTree pre, EntryResult honest,
      boolean last, ChainParams p) {
    return switch (kind) {
      case WRONG_BALANCE -> overpaidRecipient(honest);
      case BAD_SIGNATURE -> step instanceof Step.Forged f
          ? Optional.of(f.claimed(pre, p).post())
          : Optional.empty();
      case DEPOSIT_TWICE -> honest.outcome() instanceof Outcome.Deposited d
          ? Optional.of(Stf.applyQueueItem(honest.post(), d.item(), p).post())
          : Optional.empty();
      case DEPOSIT_SKIPPED -> honest.outcome() instanceof Outcome.Deposited
          ? Optional.of(pre)
          : Optional.empty();
      case WRONG_FINAL_ROOT -> last
          ? Optional.of(addEth(honest.post(), p.feeRecipient()))
          : Optional.empty();
      case INFLATED_WITHDRAWAL -> inflatedWithdrawal(honest);
    };
  }

  private static Optional<StateTree> overpaidRecipient(EntryResult honest) {
    if (!(honest.outcome() instanceof Outcome.Executed ex) || ex.status() != 1) {
      return Optional.empty();
    }
    if (ex.kind() instanceof TxKind.EthTransfer t) {
      return Optional.of(addEth(honest.post(), t.to()));
    }
    if (ex.kind() instanceof TxKind.TokenTransfer t) {
      Bytes32 key = StateKeys.token(t.token(), t.to());
      return Optional.of(honest.post().set(key, Bytes32.fromBigInteger(
          off(honest.post().get(key).toBigInteger(), MAX_TOKEN))));
    }
    return Optional.empty();
  }

  private static Optional<StateTree> inflatedWithdrawal(EntryResult honest) {
    if (!(honest.outcome() instanceof Outcome.Executed ex) || ex.withdrawal().isEmpty()) {
      return Optional.empty();
    }
    Withdrawal w = ex.withdrawal().get();
    Withdrawal inflated = new Withdrawal(w.index(), w.token(), w.recipient(),
        w.amount().multiply(INFLATION));
    return Optional.of(honest.post().set(w.leafKey(), inflated.leafValue()));
  }

  /** {@code tree} with {@code owner}'s ETH balance off by {@link #EXTRA}. */
  static StateTree addEth(StateTree tree, Address owner) {
    Bytes32 key = StateKeys.account(owner);
    Account a = Account.fromWord(tree.get(key));
    return tree.set(key, new Account(a.nonce(), off(a.balance(), Account.MAX_BALANCE)).toWord());
  }

  /** {@code balance + EXTRA}, or {@code balance - EXTRA} where adding would pass the cap. */
  private static BigInteger off(BigInteger balance, BigInteger cap) {
    BigInteger up = balance.add(EXTRA);
    return up.compareTo(cap) <= 0 ? up : balance.subtract(EXTRA);
  }
}
