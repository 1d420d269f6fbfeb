package dev.vigil.protocol.state;

import java.util.Objects;

/** The state after one entry, and what the entry did. An invalid entry's {@code post} is its pre-state. */
public record EntryResult(StateTree post, Outcome outcome) {
  public EntryResult {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(outcome, "outcome");
  }
}
