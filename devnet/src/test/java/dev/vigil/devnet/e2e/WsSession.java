package dev.vigil.devnet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JSON-RPC WebSocket connection made with the JDK's own client: requests answered in order,
 * notifications ({@code eth_subscription}) queued apart.
 */
final class WsSession implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final LinkedBlockingQueue<JsonNode> responses = new LinkedBlockingQueue<>();
  private final LinkedBlockingQueue<JsonNode> notifications = new LinkedBlockingQueue<>();
  private final AtomicLong ids = new AtomicLong();
  private final WebSocket ws;

  WsSession(URI httpUrl) {
    URI url = URI.create(httpUrl.toString().replaceFirst("^http", "ws"));
    ws = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10))
        .buildAsync(url, new Listener()).orTimeout(15, TimeUnit.SECONDS).join();
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
      text.append(data);
      if (last) {
        try {
          JsonNode m = JSON.readTree(text.toString());
          (m.has("method") ? notifications : responses).add(m);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        text.setLength(0);
      }
      w.request(1);
      return null;
    }

  }

  /** Sends one request and returns its response object (result or error). */
  JsonNode request(String method, Object... params) {
    var req = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet()).put("method", method);
    var arr = req.putArray("params");
    for (Object p : params) {
      arr.add(JSON.valueToTree(p));
    }
    sendText(req.toString());
    return poll(responses, "a response to " + method);
  }

  void sendText(String text) {
    ws.sendText(text, true).orTimeout(30, TimeUnit.SECONDS).join();
  }

  JsonNode nextNotification() {
    return poll(notifications, "a subscription notification");
  }

  private static JsonNode poll(LinkedBlockingQueue<JsonNode> q, String what) {
    try {
      JsonNode m = q.poll(30, TimeUnit.SECONDS);
      if (m == null) {
        throw new AssertionError("no " + what + " within 30 s");
      }
      return m;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    ws.abort();
  }
}
