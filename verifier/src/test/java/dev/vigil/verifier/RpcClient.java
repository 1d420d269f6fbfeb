package dev.vigil.verifier;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** A minimal JSON-RPC client over HTTP for tests; every call is bounded in time. */
public final class RpcClient {
  private final URI url;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public RpcClient(String url) {
    this.url = URI.create(url);
  }

  /** The whole response object: {@code result} or {@code error}. */
  public JsonObject send(String method, Object... params) throws IOException, InterruptedException {
    JsonObject request = new JsonObject().put("jsonrpc", "2.0").put("id", 1).put("method", method)
        .put("params", new JsonArray(List.of(params)));
    HttpRequest post = HttpRequest.newBuilder(url)
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request.encode()))
        .build();
    return new JsonObject(http.send(post, HttpResponse.BodyHandlers.ofString()).body());
  }

  /** The result; an error answer fails with its message. */
  public Object call(String method, Object... params) throws IOException, InterruptedException {
    JsonObject response = send(method, params);
    if (response.getValue("error") != null) {
      throw new AssertionError(method + " failed: " + response.encode());
    }
    return response.getValue("result");
  }
}
