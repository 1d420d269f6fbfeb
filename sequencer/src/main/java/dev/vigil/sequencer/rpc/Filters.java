package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The installed polling filters ({@code eth_newFilter}, {@code eth_newBlockFilter}). As in Geth,
 * a filter nobody polled for five minutes is removed; at most {@code maxFilters} are installed at
 * once, and installing one more is a -32005 error.
 */
final class Filters {
  static final long EXPIRY_MS = 5 * 60 * 1000;

  /** What a filter reports. */
  sealed interface Kind {
    record Blocks() implements Kind {}

    /** Logs matching {@code criteria} in blocks {@code from..to} ({@code to} may be Long.MAX_VALUE). */
    record Logs(LogCriteria criteria, long from, long to) implements Kind {}
  }

  /** An installed filter; {@code lastSeen} is the newest block already reported. */
  static final class Installed {
    final Kind kind;
    volatile long lastSeen;
    volatile long lastUsedMs;

    Installed(Kind kind, long lastSeen, long now) {
      this.kind = kind;
      this.lastSeen = lastSeen;
      this.lastUsedMs = now;
    }
  }

  private final Map<String, Installed> byId = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final int maxFilters;
  private final LongSupplier clockMs;

  Filters(int maxFilters, LongSupplier clockMs) {
    if (maxFilters < 1) {
      throw new IllegalArgumentException("maxFilters must be at least 1");
    }
    this.maxFilters = maxFilters;
    this.clockMs = clockMs;
  }

  synchronized String install(Kind kind, long head) {
    expire();
    if (byId.size() >= maxFilters) {
      throw new JsonRpcException(LogReader.LIMIT_EXCEEDED, "too many filters, limit " + maxFilters);
    }
    byte[] id = new byte[16];
    random.nextBytes(id);
    String hex = "0x" + HexFormat.of().formatHex(id);
    byId.put(hex, new Installed(kind, head, clockMs.getAsLong()));
    return hex;
  }

  /** The filter {@code id}, marked as used now; Geth's error when it is unknown or expired. */
  Installed use(String id) {
    expire();
    Installed f = Optional.ofNullable(byId.get(id.toLowerCase()))
        .orElseThrow(() -> new JsonRpcException(-32000, "filter not found"));
    f.lastUsedMs = clockMs.getAsLong();
    return f;
  }

  boolean uninstall(String id) {
    return byId.remove(id.toLowerCase()) != null;
  }

  int size() {
    return byId.size();
  }

  private void expire() {
    long now = clockMs.getAsLong();
    byId.values().removeIf(f -> now - f.lastUsedMs >= EXPIRY_MS);
  }
}
