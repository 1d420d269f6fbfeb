package dev.vigil.verifier.derive;

import dev.vigil.node.l1.RollupEvent;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code BatchAppended} logs seen on L1 but not yet verified, by batch index. A log for index
 * {@code i} replaces any earlier one for {@code i} and voids those for later indices: on L1 that
 * only happens after a fraud proof reverted batch {@code i} and everything after it (spec 6).
 */
public final class PendingBatches {
  private final NavigableMap<Long, RollupEvent.BatchAppended> logs = new TreeMap<>();

  /** Records {@code log}; returns true if it replaced a log already pending for its index. */
  public boolean add(RollupEvent.BatchAppended log) {
    long i = log.batchIndex();
    boolean replaced = logs.containsKey(i);
    logs.tailMap(i, true).clear();
    logs.put(i, log);
    return replaced;
  }

  public Optional<RollupEvent.BatchAppended> get(long index) {
    return Optional.ofNullable(logs.get(index));
  }

  public Optional<Long> lowestIndex() {
    return logs.isEmpty() ? Optional.empty() : Optional.of(logs.firstKey());
  }

  public void remove(long index) {
    logs.remove(index);
  }

  /** Forgets the logs of batches {@code >= count}: L1 says they no longer exist. */
  public void dropFrom(long count) {
    logs.tailMap(count, true).clear();
  }

  public void clear() {
    logs.clear();
  }

  public int size() {
    return logs.size();
  }

  /**
   * The last L1 block whose logs are fully handled, given that everything up to {@code scanned}
   * was seen: just below the earliest pending log, so a restart scans it again.
   */
  public long safeCursor(long scanned) {
    long cursor = scanned;
    for (RollupEvent.BatchAppended log : logs.values()) {
      cursor = Math.min(cursor, log.at().blockNumber() - 1);
    }
    return cursor;
  }
}
