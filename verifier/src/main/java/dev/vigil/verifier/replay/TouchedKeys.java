package dev.vigil.verifier.replay;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.Outcome;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.tx.TxKind;
import java.util.Set;

/**
 * The state keys an entry may have written, read off its outcome and the steps of
 * docs/protocol.md 3.4 and 4. A superset is fine (the store writes a key's current leaf, or
 * nothing when the key has no leaf); missing a key is not, and the store's restart check (the
 * reloaded root must equal the stored root) would expose it.
 */
final class TouchedKeys {
  private TouchedKeys() {}

  static void addTo(Set<Bytes32> keys, Outcome outcome, ChainParams params) {
    if (outcome instanceof Outcome.Executed executed) {
      keys.add(StateKeys.account(executed.sender()));
      keys.add(StateKeys.account(params.feeRecipient()));
      addKind(keys, executed);
    } else if (outcome instanceof Outcome.Deposited deposited) {
      addDeposit(keys, deposited.item());
    }
    // Outcome.Invalid: an invalid entry is a no-op (spec 3.3).
  }

  private static void addKind(Set<Bytes32> keys, Outcome.Executed executed) {
    TxKind kind = executed.kind();
    if (kind instanceof TxKind.EthTransfer t) {
      keys.add(StateKeys.account(t.to()));
    } else if (kind instanceof TxKind.TokenTransfer t) {
      keys.add(StateKeys.token(t.token(), executed.sender()));
      keys.add(StateKeys.token(t.token(), t.to()));
    } else if (kind instanceof TxKind.TokenWithdrawal t) {
      keys.add(StateKeys.token(t.token(), executed.sender()));
    }
    executed
        .withdrawal()
        .ifPresent(
            w -> {
              keys.add(StateKeys.withdrawal(w.index()));
              keys.add(StateKeys.WITHDRAWAL_COUNT);
            });
  }

  private static void addDeposit(Set<Bytes32> keys, QueueItem item) {
    if (item instanceof QueueItem.EthDeposit d) {
      keys.add(StateKeys.account(d.to()));
    } else if (item instanceof QueueItem.TokenDeposit d) {
      keys.add(StateKeys.token(d.token(), d.to()));
    }
  }
}
