package dev.vigil.sequencer.mempool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ArrivalOrderTest {
  private final ArrivalOrder order = new ArrivalOrder();
  private final List<String> handedOff = new ArrayList<>();

  private CompletableFuture<String> next(CompletableFuture<Screening> screening) {
    return order.next(screening, s -> {
      String text = ((Submission.Refused) s).message();
      handedOff.add(text);
      return CompletableFuture.completedFuture(text);
    });
  }

  private static void screened(CompletableFuture<Screening> f, String text) {
    f.complete(new Submission.Refused(text));
  }

  @Test
  void screeningsFinishingInReverse_areHandedOffInArrivalOrder() throws Exception {
    List<CompletableFuture<Screening>> screenings = new ArrayList<>();
    List<CompletableFuture<String>> results = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      screenings.add(new CompletableFuture<>());
      results.add(next(screenings.get(i)));
    }
    for (int i = 4; i >= 1; i--) {
      screened(screenings.get(i), "tx" + i);
    }
    assertEquals(List.of(), handedOff, "nothing before the first arrival is screened");
    assertFalse(results.get(4).isDone());
    screened(screenings.get(0), "tx0");
    assertEquals(List.of("tx0", "tx1", "tx2", "tx3", "tx4"), handedOff);
    assertEquals("tx3", results.get(3).get());
  }

  @Test
  void aFailedScreening_failsOnlyItsOwnFuture() throws Exception {
    CompletableFuture<Screening> first = new CompletableFuture<>();
    CompletableFuture<Screening> second = new CompletableFuture<>();
    CompletableFuture<String> a = next(first);
    CompletableFuture<String> b = next(second);
    first.completeExceptionally(new IllegalStateException("worker died"));
    screened(second, "tx1");
    assertTrue(a.isCompletedExceptionally());
    assertEquals("tx1", b.get());
    assertEquals(List.of("tx1"), handedOff);
  }
}
