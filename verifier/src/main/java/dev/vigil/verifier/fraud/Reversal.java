package dev.vigil.verifier.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/**
 * A {@code BatchesReverted} event covering a disputed batch: who proved the fraud, and in which
 * transaction ({@code gasUsed} from its receipt).
 */
public record Reversal(Address challenger, Bytes32 txHash, long l1Block, long gasUsed) {
  public Reversal {
    Objects.requireNonNull(challenger, "challenger");
    Objects.requireNonNull(txHash, "txHash");
  }
}
