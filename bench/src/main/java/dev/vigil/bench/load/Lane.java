package dev.vigil.bench.load;

import dev.vigil.protocol.bytes.Bytes;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientConnection;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One connection carrying one sender's pre-signed transactions, one request in flight: the next
 * is sent when the previous one is answered, so the node sees the sender's nonces in order. A
 * request carries one transaction, or a JSON-RPC batch of several consecutive ones. All its
 * callbacks run on the connection's event loop, so its counters need no locking; they are read
 * after {@link #run} completes.
 */
final class Lane {
  private static final RequestOptions POST = new RequestOptions().setMethod(HttpMethod.POST).setURI("/")
      .putHeader("content-type", "application/json");

  private final HttpClientConnection connection;
  private final Buffer[] bodies;
  private final int[] sizes;
  private final long[] latencies;
  private final int total;
  private final Promise<Void> done = Promise.promise();
  private long deadlineNanos;
  private int sentBodies;
  private int sent;
  private int accepted;
  private int refused;
  private String firstError = "";

  /** {@code txs} from nonce {@code startNonce}, {@code perRequest} to a request. */
  Lane(HttpClientConnection connection, List<Bytes> txs, long startNonce, int perRequest) {
    this.connection = connection;
    List<Buffer> b = new ArrayList<>();
    List<Integer> n = new ArrayList<>();
    for (int i = 0; i < txs.size(); i += perRequest) {
      List<Bytes> chunk = txs.subList(i, Math.min(txs.size(), i + perRequest));
      b.add(Buffer.buffer(RpcBodies.sendRawBatch(chunk, startNonce + i)));
      n.add(chunk.size());
    }
    this.bodies = b.toArray(Buffer[]::new);
    this.sizes = n.stream().mapToInt(Integer::intValue).toArray();
    this.total = txs.size();
    this.latencies = new long[txs.size()];
  }

  /** Sends until the deadline, the first refusal or the last body; completes when answered. */
  Future<Void> run(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
    next();
    return done.future();
  }

  private void next() {
    if (sentBodies == bodies.length || refused > 0 || System.nanoTime() >= deadlineNanos) {
      done.tryComplete();
      return;
    }
    Buffer body = bodies[sentBodies];
    long t0 = System.nanoTime();
    connection.request(POST)
        .compose(req -> req.send(body))
        .compose(HttpClientResponse::body)
        .onComplete(ar -> answered(ar, System.nanoTime() - t0));
  }

  private void answered(AsyncResult<Buffer> ar, long nanos) {
    int count = sizes[sentBodies++];
    sent += count;
    int ok = ar.failed() ? 0 : Answers.accepted(ar.result(), count);
    for (int i = 0; i < ok; i++) {
      latencies[accepted++] = nanos;
    }
    if (ok < count) {
      refused += count - ok;
      firstError = ar.failed() ? "transport: " + ar.cause() : Answers.firstError(ar.result());
    }
    next();
  }

  boolean exhausted() {
    return sent == total;
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
