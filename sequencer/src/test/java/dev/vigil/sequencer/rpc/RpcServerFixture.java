package dev.vigil.sequencer.rpc;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ETHER;

import dev.vigil.node.rpc.JsonRpcServer;
import dev.vigil.node.rpc.JsonRpcServerConfig;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.sequencer.batch.RollupView;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.withdrawal.WithdrawalProver;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sequencer's real JSON-RPC server on 127.0.0.1 and a free port, over a {@link TestChain}
 * (in-memory store) whose block 1 gives Alice 1 ETH and 77 of {@link #TOKEN}; small limits so
 * each is easy to reach.
 */
final class RpcServerFixture implements AutoCloseable {
  static final Address TOKEN = Address.fromHex("0x00000000000000000000000000000000000070c0");
  static final int MAX_BODY = 8192;
  static final int MAX_BATCH = 4;
  static final int MAX_FILTERS = 3;
  static final int MAX_SUBSCRIPTIONS = 2;
  /** decimals() = 18 and symbol() = "TOK" for {@link #TOKEN}; every other metadata call fails. */
  static final TokenMetadata METADATA = (token, selector) -> {
    if (token.equals(TOKEN) && selector.equals(Erc20Calls.DECIMALS)) {
      return Bytes32.fromLong(18).toBytes();
    }
    if (token.equals(TOKEN) && selector.equals(Erc20Calls.SYMBOL)) {
      return Bytes.concat(Bytes32.fromLong(32).toBytes(), Bytes32.fromLong(3).toBytes(),
          Bytes.wrap("TOK".getBytes(StandardCharsets.US_ASCII)), Bytes.wrap(new byte[29]));
    }
    throw new IllegalStateException("execution reverted on L1");
  };

  final TestChain t = new TestChain();
  final Vertx vertx = Vertx.vertx();
  final JsonRpcServer server;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  RpcServerFixture() throws Exception {
    SequencerRpc.Api api = SequencerRpc.api(vertx,
        new SequencerRpc.Options(METADATA, MAX_FILTERS, MAX_SUBSCRIPTIONS), TestChain.PARAMS, t.chain,
        t.store, new RollupView(), t.admission, t.builder, new WithdrawalProver(t.withdrawals, t.chain));
    server = JsonRpcServer.start(vertx, api.methods(),
        new JsonRpcServerConfig("127.0.0.1", 0, MAX_BODY, MAX_BATCH), api.sessionMethods())
        .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    t.deposit(ALICE, ETHER);
    t.enqueue(new QueueItem.TokenDeposit(TOKEN, ALICE, BigInteger.valueOf(77)));
    t.seal();
    t.builder.start(20);
  }

  HttpResponse<String> post(String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(server.url())).timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String request(String method, Object... params) {
    return new JsonObject().put("jsonrpc", "2.0").put("id", 1).put("method", method)
        .put("params", new JsonArray(List.of(params))).encode();
  }

  JsonObject call(String method, Object... params) throws Exception {
    return new JsonObject(post(request(method, params)).body());
  }

  Object result(String method, Object... params) throws Exception {
    JsonObject r = call(method, params);
    if (r.containsKey("error")) {
      throw new AssertionError(method + " failed: " + r.encode());
    }
    return r.getValue("result");
  }

  JsonObject error(String method, Object... params) throws Exception {
    JsonObject r = call(method, params);
    if (!r.containsKey("error")) {
      throw new AssertionError(method + " succeeded: " + r.encode());
    }
    return r.getJsonObject("error");
  }

  @Override
  public void close() throws Exception {
    server.stop().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    t.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }
}
