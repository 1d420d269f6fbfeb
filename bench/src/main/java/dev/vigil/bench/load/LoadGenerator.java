package dev.vigil.bench.load;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientConnection;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpConnectOptions;
import io.vertx.core.http.PoolOptions;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * Sends pre-signed transactions to a JSON-RPC endpoint from one HTTP/1.1 connection per lane
 * (Vert.x, two event loops), one transaction per request or a JSON-RPC batch of several, for at
 * most a given time. The clock starts once every connection is open; the run ends when every
 * lane has its last answer.
 */
public final class LoadGenerator {
  /** How long past the load time we wait for the last answers before giving up. */
  private static final Duration DRAIN = Duration.ofSeconds(120);

  private LoadGenerator() {}

  /** One transaction per request. */
  public static LoadResult run(URI url, Presigned txs, Duration limit) {
    return run(url, txs, limit, 1);
  }

  /** {@code perRequest} transactions per request (a JSON-RPC batch when more than one). */
  public static LoadResult run(URI url, Presigned txs, Duration limit, int perRequest) {
    if (perRequest < 1) {
      throw new IllegalArgumentException("at least one transaction per request");
    }
    Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2).setWorkerPoolSize(1));
    try {
      HttpClientAgent client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
          .setPipelining(false).setIdleTimeout(0), new PoolOptions().setHttp1MaxSize(txs.lanes()));
      List<Lane> lanes = new ArrayList<>();
      for (int i = 0; i < txs.lanes(); i++) {
        lanes.add(new Lane(connect(client, url), txs.lane(i), txs.startNonce(i), perRequest));
      }
      long t0 = System.nanoTime();
      long deadline = t0 + limit.toNanos();
      List<Future<Void>> runs = lanes.stream().map(l -> l.run(deadline)).toList();
      await(Future.all(runs), limit.plus(DRAIN), "the load generator's last answers");
      double seconds = (System.nanoTime() - t0) / 1e9;
      return result(lanes, seconds);
    } finally {
      await(vertx.close(), Duration.ofSeconds(10), "closing the load generator");
    }
  }

  private static HttpClientConnection connect(HttpClientAgent client, URI url) {
    return await(client.connect(new HttpConnectOptions().setHost(url.getHost()).setPort(url.getPort())
        .setConnectTimeout(5000)), Duration.ofSeconds(10), "connecting to " + url);
  }

  private static LoadResult result(List<Lane> lanes, double seconds) {
    long accepted = lanes.stream().mapToLong(Lane::accepted).sum();
    long refused = lanes.stream().mapToLong(Lane::refused).sum();
    String firstError = lanes.stream().map(Lane::firstError).filter(e -> !e.isEmpty()).findFirst().orElse("");
    long[] all = lanes.stream().flatMapToLong(l -> LongStream.of(l.latencies())).toArray();
    int exhausted = (int) lanes.stream().filter(Lane::exhausted).count();
    List<Long> perLane = lanes.stream().map(l -> (long) l.accepted()).toList();
    return new LoadResult(lanes.size(), accepted, refused, firstError, seconds, Latencies.of(all),
        exhausted, perLane);
  }

  private static <T> T await(Future<T> f, Duration bound, String what) {
    try {
      return f.toCompletionStage().toCompletableFuture().get(bound.toMillis(), TimeUnit.MILLISECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(what + " took longer than " + bound.toSeconds() + " s", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + what, e);
    }
  }
}
