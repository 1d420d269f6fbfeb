package dev.vigil.sequencer.fault;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.sequencer.batch.BatchPlan;
import java.util.Objects;

/**
 * A falsified batch: {@code plan} is what gets posted; its roots are honest before
 * {@code entry}, wrong at {@code entry} ({@code claimedRoot} instead of {@code honestRoot}), and
 * from there on the honest execution of each entry on the lie.
 */
public record Injection(Fault fault, BatchPlan plan, int entry, Bytes32 claimedRoot,
    Bytes32 honestRoot) {
  public Injection {
    Objects.requireNonNull(fault, "fault");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(claimedRoot, "claimedRoot");
    Objects.requireNonNull(honestRoot, "honestRoot");
    if (entry < 0 || entry >= plan.entryCount()) {
      throw new IllegalArgumentException("entry " + entry + " of " + plan.entryCount());
    }
    if (claimedRoot.equals(honestRoot)) {
      throw new IllegalArgumentException("a lie must change the root");
    }
  }
}
