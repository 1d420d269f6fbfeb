package dev.vigil.verifier.replay;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import java.util.Objects;
import java.util.Set;

/** What replaying a batch found: every claimed root confirmed, or the first one refuted. */
public sealed interface ReplayResult {

  /**
   * Every {@code roots[i]} matched. {@code touchedKeys} is a superset of the keys whose leaf the
   * batch created or changed, for the store's per-batch write.
   */
  record Agreed(StateTree post, Set<Bytes32> touchedKeys) implements ReplayResult {
    public Agreed {
      Objects.requireNonNull(post, "post");
      touchedKeys = Set.copyOf(touchedKeys);
    }
  }

  /** Entry {@code fraud.entryIndex()} is the first whose claimed root is wrong. */
  record Disagreed(FraudDetected fraud) implements ReplayResult {
    public Disagreed {
      Objects.requireNonNull(fraud, "fraud");
    }
  }
}
