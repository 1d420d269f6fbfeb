package dev.vigil.sequencer.rpc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.node.rpc.JsonRpcException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FiltersTest {
  @Test
  void aFilterUnusedForFiveMinutes_expires_andUseKeepsItAlive() {
    AtomicLong now = new AtomicLong(1_000);
    Filters filters = new Filters(10, now::get);
    String kept = filters.install(new Filters.Kind.Blocks(), 0);
    String dropped = filters.install(new Filters.Kind.Blocks(), 0);
    now.addAndGet(Filters.EXPIRY_MS - 1);
    filters.use(kept);
    now.addAndGet(2);
    filters.use(kept);
    JsonRpcException e = assertThrows(JsonRpcException.class, () -> filters.use(dropped));
    assertEquals("filter not found", e.getMessage());
    assertEquals(1, filters.size());
  }
}
