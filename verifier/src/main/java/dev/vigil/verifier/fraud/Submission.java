package dev.vigil.verifier.fraud;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;
import java.util.Optional;

/** What became of one {@code proveFraud} transaction. */
public sealed interface Submission {
  /** Mined and successful: the batch is reverted. */
  record Included(Bytes32 txHash, long l1Block, long gasUsed) implements Submission {
    public Included {
      Objects.requireNonNull(txHash, "txHash");
    }
  }

  /**
   * The rollup refused the proof with the named error (spec 6.2), at gas estimation
   * ({@code txHash} empty) or in a mined transaction.
   */
  record Refused(String error, String detail, Optional<Bytes32> txHash) implements Submission {
    public Refused {
      Objects.requireNonNull(error, "error");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(txHash, "txHash");
    }
  }

  /** L1 could not be reached, refused the transaction itself, or never mined it: try again. */
  record NotSent(String detail) implements Submission {
    public NotSent {
      Objects.requireNonNull(detail, "detail");
    }
  }
}
