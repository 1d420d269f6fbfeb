package dev.vigil.node.rpc;

import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One WebSocket connection to the JSON-RPC server: methods bound to it (subscriptions) push
 * notifications through {@link #send} and release what they hold when it closes.
 */
public final class RpcSession {
  private static final AtomicLong IDS = new AtomicLong();

  private final long id = IDS.incrementAndGet();
  private final ServerWebSocket socket;
  private final List<Runnable> onClose = new CopyOnWriteArrayList<>();
  private volatile boolean open = true;

  RpcSession(ServerWebSocket socket) {
    this.socket = Objects.requireNonNull(socket, "socket");
  }

  public long id() {
    return id;
  }

  public boolean isOpen() {
    return open;
  }

  /** Sends a JSON message (a notification) on the connection; dropped once it is closed. */
  public void send(JsonObject message) {
    if (open) {
      socket.writeTextMessage(message.encode());
    }
  }

  /** Runs {@code action} when the connection closes (at once if it already has). */
  public void onClose(Runnable action) {
    onClose.add(action);
    if (!open && onClose.remove(action)) {
      action.run();
    }
  }

  void closed() {
    open = false;
    for (Runnable r : onClose) {
      if (onClose.remove(r)) {
        r.run();
      }
    }
  }
}
