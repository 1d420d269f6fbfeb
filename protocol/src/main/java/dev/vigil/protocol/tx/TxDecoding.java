package dev.vigil.protocol.tx;

import java.util.Objects;

/** The result of decoding raw transaction bytes: a transaction, or why the bytes are malformed. */
public sealed interface TxDecoding permits TxDecoding.Ok, TxDecoding.Malformed {

  /** The bytes are a well-formed transaction (its signature is not checked yet). */
  record Ok(SignedTx tx) implements TxDecoding {
    public Ok {
      Objects.requireNonNull(tx, "tx");
    }
  }

  /** The bytes break a rule of docs/protocol.md 3.1; {@code reason} is a JSON-RPC error text. */
  record Malformed(String reason) implements TxDecoding {
    public Malformed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
