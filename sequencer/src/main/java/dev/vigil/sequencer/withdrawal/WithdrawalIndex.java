package dev.vigil.sequencer.withdrawal;

import dev.vigil.protocol.withdrawal.Withdrawal;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every withdrawal recorded in a sealed L2 block, by withdrawal index, with the block that
 * recorded it: a proof needs the state of a posted batch at or after that block.
 */
public final class WithdrawalIndex {
  /** A withdrawal and the L2 block whose execution recorded it. */
  public record Located(Withdrawal withdrawal, long l2Block) {
    public Located {
      Objects.requireNonNull(withdrawal, "withdrawal");
      if (l2Block < 1) {
        throw new IllegalArgumentException("withdrawals are recorded from block 1 on: " + l2Block);
      }
    }
  }

  private final ConcurrentHashMap<Long, Located> byIndex = new ConcurrentHashMap<>();

  public void add(Withdrawal withdrawal, long l2Block) {
    byIndex.put(withdrawal.index(), new Located(withdrawal, l2Block));
  }

  /** Forgets the withdrawals recorded after L2 block {@code l2Block} (a rebuilt chain records them again). */
  public void removeAfter(long l2Block) {
    byIndex.values().removeIf(l -> l.l2Block() > l2Block);
  }

  public Optional<Located> get(long index) {
    return Optional.ofNullable(byIndex.get(index));
  }

  public int size() {
    return byIndex.size();
  }
}
