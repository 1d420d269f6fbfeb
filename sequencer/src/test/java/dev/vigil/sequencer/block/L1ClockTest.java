package dev.vigil.sequencer.block;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class L1ClockTest {
  private final AtomicLong wall = new AtomicLong(1000);
  private final L1Clock clock = new L1Clock(wall::get);

  @Test
  void stampsNeverExceedTheNewestL1Timestamp() {
    assertEquals(0, clock.getAsLong());
    clock.observe(990);
    assertEquals(990, clock.getAsLong());
  }

  @Test
  void anL1AheadOfTheWallClock_stampsTheWallClock() {
    clock.observe(5000);
    assertEquals(1000, clock.getAsLong());
  }

  @Test
  void observingAnOlderBlock_neverMovesTheClockBack() {
    clock.observe(995);
    clock.observe(900);
    assertEquals(995, clock.l1Timestamp());
  }
}
