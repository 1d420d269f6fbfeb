package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/** What executing one entry did (docs/protocol.md 3 and 4). */
public sealed interface Outcome permits Outcome.Invalid, Outcome.Executed, Outcome.Deposited {

  /**
   * An invalid transaction (3.3): a no-op. {@code detail} is the full error text for JSON-RPC
   * (the decoder's reason for {@link Validity#MALFORMED}, else the rule's text with the values).
   */
  record Invalid(Validity reason, String detail) implements Outcome {
    public Invalid {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(detail, "detail");
      if (reason == Validity.VALID) {
        throw new IllegalArgumentException("an invalid outcome needs a failed rule");
      }
    }
  }

  /**
   * A valid transaction (3.4): the nonce moved and the fee was paid; {@code status} 1 if the
   * kind's effect happened, 0 if not. {@code withdrawal} is the one recorded, if any.
   */
  record Executed(Address sender, TxKind kind, int status, long gasUsed, BigInteger fee,
      Optional<Withdrawal> withdrawal) implements Outcome {
    public Executed {
      Objects.requireNonNull(sender, "sender");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(fee, "fee");
      Objects.requireNonNull(withdrawal, "withdrawal");
      if (status != 0 && status != 1) {
        throw new IllegalArgumentException("status " + status);
      }
      if (withdrawal.isPresent() && status == 0) {
        throw new IllegalArgumentException("a failed transaction records no withdrawal");
      }
    }
  }

  /** An ETH or token deposit from the L1 queue (4), credited. */
  record Deposited(QueueItem item) implements Outcome {
    public Deposited {
      Objects.requireNonNull(item, "item");
      if (item instanceof QueueItem.ForcedTx) {
        throw new IllegalArgumentException("a forced transaction executes as a transaction");
      }
    }
  }
}
