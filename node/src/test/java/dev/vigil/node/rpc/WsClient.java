package dev.vigil.node.rpc;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A JDK WebSocket client that queues every text message it receives, and the close status. */
final class WsClient implements WebSocket.Listener, AutoCloseable {
  final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
  final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private final WebSocket ws;

  WsClient(String url) throws Exception {
    ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
        .buildAsync(URI.create(url), this).get(5, TimeUnit.SECONDS);
  }

  void send(String text) throws Exception {
    ws.sendText(text, true).get(5, TimeUnit.SECONDS);
  }

  /** Sends {@code text} as several continuation frames of {@code chunk} characters each. */
  void sendFragmented(String text, int chunk) throws Exception {
    for (int at = 0; at < text.length(); at += chunk) {
      int end = Math.min(text.length(), at + chunk);
      ws.sendText(text.substring(at, end), end == text.length()).get(5, TimeUnit.SECONDS);
    }
  }

  JsonObject next() throws Exception {
    String m = messages.poll(10, TimeUnit.SECONDS);
    if (m == null) {
      throw new AssertionError("no WebSocket message within 10 s");
    }
    return new JsonObject(m);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      messages.add(partial.toString());
      partial.setLength(0);
    }
    webSocket.request(1);
    return null;
  }

  @Override
  public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
    closedWith.complete(statusCode);
    return null;
  }

  @Override
  public void onError(WebSocket webSocket, Throwable error) {
    closedWith.completeExceptionally(error);
  }

  @Override
  public void close() {
    ws.abort();
  }
}
