package dev.vigil.devnet.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small JSON-RPC 2.0 client over HTTP for the sequencer's and verifiers' endpoints (and
 * Anvil's dev methods). Results come back as Jackson trees; error objects as {@link
 * JsonRpcError}, so callers can assert on the node's own error text.
 */
public final class JsonRpcClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final URI url;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();

  public JsonRpcClient(URI url) {
    this.url = url;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  public URI url() {
    return url;
  }

  /** Calls {@code method} with positional params (strings, numbers, booleans or JSON trees). */
  public JsonNode call(String method, Object... params) {
    ObjectNode req = JSON.createObjectNode();
    req.put("jsonrpc", "2.0");
    req.put("id", ids.incrementAndGet());
    req.put("method", method);
    ArrayNode arr = req.putArray("params");
    for (Object p : params) {
      arr.add(JSON.valueToTree(p));
    }
    JsonNode resp = post(req.toString());
    JsonNode error = resp.get("error");
    if (error != null && !error.isNull()) {
      throw new JsonRpcError(method, error.path("code").asInt(), error.path("message").asText());
    }
    return resp.get("result");
  }

  /** Posts any body as it is (e.g. broken JSON) and returns the parsed response object. */
  public JsonNode post(String body) {
    HttpRequest req = HttpRequest.newBuilder(url)
        .timeout(TIMEOUT)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    try {
      HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(resp.body());
    } catch (IOException e) {
      throw new UncheckedIOException("JSON-RPC to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during JSON-RPC to " + url, e);
    }
  }

  /** A hex quantity result ("0x1a") as a number. */
  public BigInteger quantity(String method, Object... params) {
    return parseQuantity(call(method, params).asText());
  }

  public static BigInteger parseQuantity(String hex) {
    if (!hex.startsWith("0x") || hex.length() < 3) {
      throw new IllegalArgumentException("not a hex quantity: " + hex);
    }
    return new BigInteger(hex.substring(2), 16);
  }

  public static String quantity(BigInteger v) {
    return "0x" + v.toString(16);
  }
}
