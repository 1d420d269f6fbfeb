package dev.vigil.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BackoffTest {
  @Test
  void delay_doublesPerFailure_upToTheCap_andResetsOnSuccess() {
    Backoff b = new Backoff(250, 3_000);
    assertEquals(250, b.delayMs());
    b.failed();
    assertEquals(500, b.delayMs());
    b.failed();
    b.failed();
    assertEquals(2_000, b.delayMs());
    b.failed();
    assertEquals(3_000, b.delayMs());
    for (int i = 0; i < 100; i++) {
      b.failed();
    }
    assertEquals(3_000, b.delayMs());
    assertEquals(104, b.succeeded());
    assertEquals(250, b.delayMs());
    assertEquals(0, b.succeeded());
  }
}
