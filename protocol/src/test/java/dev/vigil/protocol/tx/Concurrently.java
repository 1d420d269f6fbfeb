package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;

/** Runs a check on several threads at once, for the backends' thread-safety tests. */
final class Concurrently {
  private Concurrently() {}

  /**
   * On each of {@code threads} threads, {@code calls} calls of {@code holds} over the inputs
   * {@code 0..n-1}, each thread from its own offset, so the threads overlap on different inputs;
   * asserts that every call held (each thread bounded to 60 s).
   */
  static void assertEveryCallHolds(int threads, int calls, int n, IntPredicate holds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * 17;
        done.add(pool.submit(() -> {
          int held = 0;
          for (int k = 0; k < calls; k++) {
            held += holds.test((k + offset) % n) ? 1 : 0;
          }
          return held;
        }));
      }
      for (Future<Integer> f : done) {
        assertEquals(calls, f.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
