package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.Outcome;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import java.util.List;
import java.util.Objects;

/**
 * Builds the {@code witnesses} of a fraud proof (docs/protocol.md 6.1): re-executes one entry
 * with the Java {@link Stf} from the honest pre-state, recording the state witness of each of its
 * accesses in the order of 6.3. The contract re-executes the same entry from the same root,
 * consuming the witnesses in the same order, and reaches {@link Witnessed#post()}'s root.
 */
public final class WitnessBuilder {
  private WitnessBuilder() {}

  /** A transaction entry (raw bytes, any bytes at all). */
  public static Witnessed transaction(StateTree pre, Bytes raw, ChainParams params) {
    RecordingAccess state = new RecordingAccess(pre);
    Outcome outcome = Stf.applyTx(state, raw, params);
    return new Witnessed(state.tree(), outcome, state.witnesses());
  }

  /** A queue item: a deposit, or a forced transaction. */
  public static Witnessed queueItem(StateTree pre, QueueItem item, ChainParams params) {
    RecordingAccess state = new RecordingAccess(pre);
    Outcome outcome = Stf.applyQueueItem(state, item, params);
    return new Witnessed(state.tree(), outcome, state.witnesses());
  }

  /** The entry's result and the witnesses of its accesses, in order. */
  public record Witnessed(StateTree post, Outcome outcome, List<StateWitness> witnesses) {
    public Witnessed {
      Objects.requireNonNull(post, "post");
      Objects.requireNonNull(outcome, "outcome");
      witnesses = List.copyOf(witnesses);
    }

    /** The proof's {@code witnesses} argument. */
    public Bytes encoded() {
      return StateWitness.encodeAll(witnesses);
    }
  }
}
