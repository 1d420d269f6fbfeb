package dev.vigil.sequencer.batch;

import java.util.Objects;

/** The latest {@link RollupSnapshot}, shared between the L1 reader that refreshes it and the RPC. */
public final class RollupView {
  private volatile RollupSnapshot current = RollupSnapshot.EMPTY;

  public RollupSnapshot current() {
    return current;
  }

  public void update(RollupSnapshot snapshot) {
    current = Objects.requireNonNull(snapshot, "snapshot");
  }
}
