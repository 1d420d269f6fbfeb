package dev.vigil.sequencer.mempool;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.tx.SignedTx;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded transaction of a supported kind, with its sender recovered (empty: the signature is
 * invalid, which the state transition reports as {@code invalid sender} after the chain id check).
 */
public record AdmittedTx(SignedTx tx, Optional<Address> sender) implements Screening {
  public AdmittedTx {
    Objects.requireNonNull(tx, "tx");
    Objects.requireNonNull(sender, "sender");
  }
}
