package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import java.util.Objects;

/** One generated entry: a label naming what it exercises, its pre-state and the entry itself. */
record Scenario(String label, StateTree pre, Entry entry) {
  Scenario {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(pre, "pre");
    Objects.requireNonNull(entry, "entry");
  }

  /** A batch entry as the fraud verifier executes it. */
  sealed interface Entry {
    /** A transaction entry's raw bytes. */
    record Tx(Bytes raw) implements Entry {}

    /** A queue item (deposits, forced transactions). */
    record Queue(QueueItem item) implements Entry {}
  }
}
