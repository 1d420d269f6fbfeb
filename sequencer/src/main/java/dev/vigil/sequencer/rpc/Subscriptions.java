package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.JsonRpcMethod;
import dev.vigil.node.rpc.JsonRpcMethods;
import dev.vigil.node.rpc.Params;
import dev.vigil.node.rpc.RpcSession;
import dev.vigil.node.rpc.SessionMethods;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.logs.BlockLogs;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * {@code eth_subscribe} / {@code eth_unsubscribe} over WebSocket: {@code newHeads} and
 * {@code logs}, notified in Geth's format ({@code eth_subscription} with the subscription id and
 * the result). A timer watches the head; each new sealed block is published once, in order.
 * Over HTTP both methods answer Geth's "notifications not supported".
 */
final class Subscriptions {
  private static final System.Logger LOG = System.getLogger(Subscriptions.class.getName());
  static final long POLL_MS = 25;

  /** A subscription; it is told about blocks after {@code after}, the head when it was made. */
  private record Sub(String id, RpcSession session, Optional<LogCriteria> logs, long after) {}

  private final ChainReader reader;
  private final Function<L2Block, JsonObject> header;
  private final int maxPerConnection;
  private final Map<String, Sub> subs = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final AtomicBoolean publishing = new AtomicBoolean();
  private volatile long published;

  Subscriptions(ChainReader reader, Function<L2Block, JsonObject> header, int maxPerConnection) {
    if (maxPerConnection < 1) {
      throw new IllegalArgumentException("maxPerConnection must be at least 1");
    }
    this.reader = reader;
    this.header = header;
    this.maxPerConnection = maxPerConnection;
    this.published = reader.headNumber();
  }

  /** Starts watching the head on {@code vertx}'s timer (stopped when Vert.x closes). */
  void start(Vertx vertx) {
    vertx.setPeriodic(POLL_MS, t -> {
      if (reader.headNumber() > published && publishing.compareAndSet(false, true)) {
        vertx.executeBlocking(() -> {
          publishNew();
          return null;
        }).onComplete(r -> {
          publishing.set(false);
          if (r.failed()) {
            LOG.log(Level.WARNING, "publishing new blocks to subscribers failed", r.cause());
          }
        });
      }
    });
  }

  /** The HTTP answers: subscriptions need a connection that stays open. */
  List<JsonRpcMethod> httpMethods() {
    return List.of(
        JsonRpcMethod.blocking(RpcMethod.ETH_SUBSCRIBE.id(), p -> {
          throw notSupported();
        }),
        JsonRpcMethod.blocking(RpcMethod.ETH_UNSUBSCRIBE.id(), p -> {
          throw notSupported();
        }));
  }

  private static JsonRpcException notSupported() {
    return new JsonRpcException(JsonRpcException.METHOD_NOT_FOUND, "notifications not supported");
  }

  SessionMethods sessionMethods() {
    return session -> {
      session.onClose(() -> subs.values().removeIf(s -> s.session() == session));
      return new JsonRpcMethods()
          .register(JsonRpcMethod.async(RpcMethod.ETH_SUBSCRIBE.id(),
              p -> Future.succeededFuture(subscribe(session, p))))
          .register(JsonRpcMethod.async(RpcMethod.ETH_UNSUBSCRIBE.id(),
              p -> Future.succeededFuture(unsubscribe(session, p))));
    };
  }

  private Object subscribe(RpcSession session, JsonArray p) {
    Params params = Params.of(p).count(1, 2);
    String kind = params.string(0, "subscription");
    Optional<LogCriteria> logs;
    if ("newHeads".equals(kind)) {
      params.count(1, 1);
      logs = Optional.empty();
    } else if ("logs".equals(kind)) {
      logs = Optional.of(params.has(1) ? LogCriteria.parse(params.object(1, "filter"))
          : new LogCriteria(Set.of(), List.of()));
    } else {
      throw JsonRpcException.invalidParams("no \"" + kind + "\" subscription in eth namespace");
    }
    synchronized (session) {
      long mine = subs.values().stream().filter(s -> s.session() == session).count();
      if (mine >= maxPerConnection) {
        throw new JsonRpcException(LogReader.LIMIT_EXCEEDED,
            "too many subscriptions on this connection, limit " + maxPerConnection);
      }
      byte[] raw = new byte[16];
      random.nextBytes(raw);
      String id = "0x" + HexFormat.of().formatHex(raw);
      subs.put(id, new Sub(id, session, logs, reader.headNumber()));
      return id;
    }
  }

  private Object unsubscribe(RpcSession session, JsonArray p) {
    String id = Params.of(p).count(1, 1).string(0, "id").toLowerCase();
    Sub s = subs.get(id);
    return s != null && s.session() == session && subs.remove(id, s);
  }

  /** Publishes every block sealed since the last run, in order, to every subscriber. */
  private void publishNew() {
    long head = reader.headNumber();
    for (long n = published + 1; n <= head; n++) {
      Optional<L2Block> block = reader.block(new BlockTag.Number(n));
      if (block.isEmpty()) {
        break;
      }
      if (!subs.isEmpty()) {
        publish(block.get(), reader.logs(n));
      }
      published = n;
    }
  }

  private void publish(L2Block block, BlockLogs logs) {
    JsonObject head = null;
    for (Sub s : subs.values()) {
      if (block.number() <= s.after()) {
        continue;
      }
      if (s.logs().isEmpty()) {
        head = head == null ? header.apply(block) : head;
        notify(s, head);
        continue;
      }
      JsonArray matching = new JsonArray();
      LogReader.add(matching, s.logs().get(), block, logs);
      matching.forEach(log -> notify(s, log));
    }
  }

  private static void notify(Sub s, Object result) {
    s.session().send(new JsonObject().put("jsonrpc", "2.0").put("method", "eth_subscription")
        .put("params", new JsonObject().put("subscription", s.id()).put("result", result)));
  }
}
