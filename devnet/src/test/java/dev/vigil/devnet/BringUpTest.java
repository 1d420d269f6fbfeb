package dev.vigil.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.devnet.process.ChildStartup;
import dev.vigil.devnet.process.ChildStartup.ArchiveUse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BringUpTest {
  private static final ChildStartup SEQ = new ChildStartup(Duration.ofMillis(3100),
      Optional.of(Duration.ofMillis(2950)), ArchiveUse.RECORDING);
  private static final ChildStartup VER = new ChildStartup(Duration.ofMillis(2400),
      Optional.empty(), ArchiveUse.OFF);

  private final BringUp bringUp = new BringUp(List.of(
      new BringUp.Step("Anvil started", 0, 520, Optional.of(Duration.ofMillis(310)), Optional.empty()),
      BringUp.Step.child(Devnet.SEQUENCER_STEP, 1400, 4610, SEQ),
      BringUp.Step.child("verifier-1 JVM, launch to READY", 5300, 7800, VER),
      new BringUp.Step("L1 attached", 7800, 7800, Optional.empty(), Optional.empty())));

  @Test
  void text_givesEachStepsStartEndDurationCpuAndArchive() {
    String[] lines = bringUp.toText().split("\n");
    assertEquals(5, lines.length, bringUp.toText());
    assertEquals("      0.00 ->   0.52    0.52 s  Anvil started (CPU 0.31 s)", lines[1]);
    assertEquals("      1.40 ->   4.61    3.21 s  sequencer JVM, launch to READY"
        + " (CPU 2.95 s, no class-data archive yet, recording one)", lines[2]);
    assertEquals("      5.30 ->   7.80    2.50 s  verifier-1 JVM, launch to READY"
        + " (CPU unknown, no class-data archive)", lines[3]);
    assertEquals("      7.80 ->   7.80    0.00 s  L1 attached", lines[4]);
  }

  @Test
  void oneLine_listsTheStepsWithTheirDurationsAndCpu() {
    assertEquals("Anvil started 0.52 s (CPU 0.31 s), sequencer JVM, launch to READY 3.21 s"
        + " (CPU 2.95 s), verifier-1 JVM, launch to READY 2.50 s, L1 attached 0.00 s",
        bringUp.oneLine());
  }

  @Test
  void step_findsAStepByName() {
    assertEquals(3210, bringUp.step(Devnet.SEQUENCER_STEP).orElseThrow().millis());
    assertTrue(bringUp.step("no such step").isEmpty());
  }

  @Test
  void step_refusesAnEndBeforeItsStart() {
    assertThrows(IllegalArgumentException.class,
        () -> new BringUp.Step("x", 100, 99, Optional.empty(), Optional.empty()));
  }

  @Test
  void clock_ordersStepsByStart_andMeasuresItsOwnCpu() {
    StepClock clock = new StepClock(System.nanoTime() - 1_000_000_000L);
    Optional<Duration> cpu = StepClock.ownCpu();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long spin = threads.getCurrentThreadCpuTime() + 60_000_000L;
    while (threads.getCurrentThreadCpuTime() < spin) {
      Thread.onSpinWait(); // 60 ms of this thread's CPU, however busy the machine is
    }
    clock.child("verifier-2 JVM, launch to READY", 5, VER);
    clock.step("Anvil started", 0, cpu);
    List<BringUp.Step> steps = clock.bringUp().steps();
    assertEquals("Anvil started", steps.get(0).what());
    assertTrue(steps.get(0).cpu().orElseThrow().toMillis() >= 40, steps.get(0).toString());
    assertEquals(Optional.of(ArchiveUse.OFF), steps.get(1).archive());
  }
}
