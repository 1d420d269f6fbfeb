package dev.vigil.sequencer.mempool;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/** What became of a raw transaction handed to the sequencer. */
public sealed interface Submission {

  /** Sealed into L2 block {@code blockNumber}, written durably. */
  record Included(Bytes32 hash, long blockNumber) implements Submission {
    public Included {
      Objects.requireNonNull(hash, "hash");
    }
  }

  /** Refused; {@code message} is Ethereum's JSON-RPC error text (e.g. {@code nonce too low}). */
  record Refused(String message) implements Submission, Screening {
    public Refused {
      Objects.requireNonNull(message, "message");
    }
  }
}
