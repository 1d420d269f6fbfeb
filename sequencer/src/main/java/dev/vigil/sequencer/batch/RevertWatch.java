package dev.vigil.sequencer.batch;

import java.util.List;
import java.util.Optional;

/**
 * Notices that L1 reverted batches the batcher knew or posted, by comparing its reads of the
 * rollup and by the rollup's {@code BatchesReverted} events, each event once: the event scan of
 * a check reaches an L1 head read after the snapshot's batches were, so a revert the snapshot
 * shows has its event in the same check (unless the scan is catching up, at most
 * {@link #MAX_RANGE} blocks a check, when a revert may be reported a second time: harmless,
 * the local chain is only checked again).
 */
final class RevertWatch {
  /** L1 blocks per event query, so a long outage never asks a provider for an unbounded range. */
  static final long MAX_RANGE = 2000;

  private final RollupL1 l1;
  private RollupSnapshot seen;
  private long scanFrom;
  private long scannedTo;

  RevertWatch(RollupL1 l1, RollupSnapshot start) {
    this.l1 = l1;
    this.seen = start;
    this.scanFrom = start.l1Block() + 1;
    this.scannedTo = start.l1Block();
  }

  /** The revert since the last accepted snapshot, if any; {@link #accept} once it is handled. */
  Optional<Revert> check(RollupSnapshot now) {
    long to = Math.min(Math.max(now.l1Block(), l1.head().number()), scanFrom + MAX_RANGE - 1);
    List<RollupL1.Reverted> events = scanFrom <= to ? l1.revertEvents(scanFrom, to) : List.of();
    scannedTo = to;
    return Revert.between(seen, now, events);
  }

  /** {@code now} (checked) is handled: later checks compare with it and scan after it. */
  void accept(RollupSnapshot now) {
    seen = now;
    scanFrom = scannedTo + 1;
  }

  /** A read taken right after a post, so that a revert of the posted batch compares with it. */
  void posted(RollupSnapshot now) {
    seen = now;
  }
}
