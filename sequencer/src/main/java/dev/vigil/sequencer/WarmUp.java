package dev.vigil.sequencer;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends the JSON-RPC server a few requests of its own before the process says it is ready. The
 * first request through Vert.x, the router and the JSON codec loads their classes on the event
 * loop, which stalls it (and the L1 loops' timers) for a second or more on a busy machine; paying
 * that at startup keeps the first wallet request and the first deposit as fast as the rest.
 */
final class WarmUp {
  private static final System.Logger LOG = System.getLogger(WarmUp.class.getName());
  private static final String[] REQUESTS = {
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[]}",
      "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"eth_getBalance\","
          + "\"params\":[\"0x0000000000000000000000000000000000000000\",\"latest\"]}",
      "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"eth_sendRawTransaction\",\"params\":[\"0xc0\"]}",
      "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"rollup_status\",\"params\":[]}"};

  private WarmUp() {}

  static void run(String url) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (String body : REQUESTS) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofSeconds(10))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
      try {
        http.send(request, HttpResponse.BodyHandlers.discarding());
      } catch (Exception e) {
        LOG.log(Level.WARNING, "warm-up request to " + url + " failed: " + e);
        return;
      }
    }
  }
}
