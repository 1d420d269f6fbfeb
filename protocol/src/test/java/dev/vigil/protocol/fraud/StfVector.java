package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/**
 * One row of vectors/fraud/stf-*.json: executing {@code entry} (raw transaction bytes, or the
 * queue item bytes when {@code queue}) on {@code preRoot} with the state witnesses
 * {@code witnesses} (docs/protocol.md 6.1, in the order of 6.3) gives {@code postRoot}.
 */
record StfVector(String kind, boolean queue, Bytes32 preRoot, Bytes entry, Bytes witnesses, Bytes32 postRoot) {
  StfVector {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(preRoot, "preRoot");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(witnesses, "witnesses");
    Objects.requireNonNull(postRoot, "postRoot");
  }

  /** One JSON object on one line, keys in alphabetical order (forge's parseJsonType reads them so). */
  String toJson() {
    return "{\"entry\": \"" + entry.toHex() + "\", \"kind\": \"" + kind + "\", \"postRoot\": \""
        + postRoot.toHex() + "\", \"preRoot\": \"" + preRoot.toHex() + "\", \"queue\": "
        + (queue ? 1 : 0) + ", \"witnesses\": \"" + witnesses.toHex() + "\"}";
  }
}
