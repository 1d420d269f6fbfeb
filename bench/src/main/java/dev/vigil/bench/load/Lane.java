package dev.vigil.bench.load;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientConnection;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.List;

/**
 * One connection carrying one sender's pre-signed transactions, one request in flight: the next
 * is sent when the previous one is answered, so the node sees the sender's nonces in order. All
 * its callbacks run on the connection's event loop, so its counters need no locking; they are
 * read after {@link #run} completes.
 */
final class Lane {
  private static final RequestOptions POST = new RequestOptions().setMethod(HttpMethod.POST).setURI("/")
      .putHeader("content-type", "application/json");

  private final HttpClientConnection connection;
  private final Buffer[] bodies;
  private final long[] latencies;
  private final Promise<Void> done = Promise.promise();
  private long deadlineNanos;
  private int sent;
  private int accepted;
  private int refused;
  private String firstError = "";

  Lane(HttpClientConnection connection, List<byte[]> bodies) {
    this.connection = connection;
    this.bodies = bodies.stream().map(Buffer::buffer).toArray(Buffer[]::new);
    this.latencies = new long[bodies.size()];
  }

  /** Sends until the deadline, the first refusal or the last body; completes when answered. */
  Future<Void> run(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
    next();
    return done.future();
  }

  private void next() {
    if (sent == bodies.length || refused > 0 || System.nanoTime() >= deadlineNanos) {
      done.tryComplete();
      return;
    }
    Buffer body = bodies[sent];
    long t0 = System.nanoTime();
    connection.request(POST)
        .compose(req -> req.send(body))
        .compose(HttpClientResponse::body)
        .onComplete(ar -> answered(ar, System.nanoTime() - t0));
  }

  private void answered(AsyncResult<Buffer> ar, long nanos) {
    sent++;
    String error = error(ar);
    if (error == null) {
      latencies[accepted++] = nanos;
    } else {
      refused++;
      firstError = error;
    }
    next();
  }

  /** Null when the node returned a result (the hash); else what went wrong. */
  private static String error(AsyncResult<Buffer> ar) {
    if (ar.failed()) {
      return "transport: " + ar.cause();
    }
    try {
      JsonObject o = ar.result().toJsonObject();
      if (o.getValue("result") != null) {
        return null;
      }
      JsonObject e = o.getJsonObject("error");
      return e == null ? "no result in " + o.encode() : e.getString("message", e.encode());
    } catch (RuntimeException e) {
      return "not JSON: " + ar.result().toString().substring(0, Math.min(200, ar.result().length()));
    }
  }

  boolean exhausted() {
    return sent == bodies.length;
  }

  int accepted() {
    return accepted;
  }

  int refused() {
    return refused;
  }

  String firstError() {
    return firstError;
  }

  long[] latencies() {
    return Arrays.copyOf(latencies, accepted);
  }
}
