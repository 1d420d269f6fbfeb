package dev.vigil.sequencer.mempool;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.tx.SignedTx;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded transaction of a supported kind, with its sender recovered (empty: the signature is
 * invalid, which the state transition reports as {@code invalid sender} after the chain id check)
 * and the entry it would make in a batch (compact when it can be), both worked out before the
 * single sequencing thread sees it.
 */
public record AdmittedTx(SignedTx tx, Optional<Address> sender, BatchEntry.Tx batchEntry) implements Screening {
  public AdmittedTx {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(sender, "sender");
    if (!batchEntry.raw().equals(tx.raw())) {
      throw new IllegalArgumentException("the batch entry is another transaction");
    }
  }
}
