package dev.vigil.node.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.L1Receipt;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Typed access to the {@code rollup_} namespace of a Vigil node (docs/rpc.md), beside Web3j for
 * everything {@code eth_}:
 *
 * <pre>{@code
 * RollupClient rollup = new RollupClient(URI.create("http://127.0.0.1:8545"));
 * WithdrawalProof p = rollup.withdrawalProof(0);
 * if (p.finalized() && p.verifies()) {
 *   RollupClient.finalizeWithdrawal(bridge, l1Sender, p);
 * }
 * }</pre>
 *
 * Thread-safe; one HTTP/1.1 client per instance.
 */
public final class RollupClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final HttpClient http;
  private final Duration timeout;
  private final AtomicLong ids = new AtomicLong();

  public RollupClient(URI url) {
    this(url, Duration.ofSeconds(30));
  }

  public RollupClient(URI url, Duration timeout) {
    this.url = url;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  /** {@code rollup_status} of a sequencer (a verifier's status has another shape). */
  public RollupStatus status() {
    return RollupJson.status(call("rollup_status"));
  }

  /** {@code rollup_getBatch}; empty when the rollup has no batch {@code index} (yet). */
  public Optional<BatchInfo> batch(long index) {
    JsonNode r = call("rollup_getBatch", index);
    return r == null || r.isNull() ? Optional.empty() : Optional.of(RollupJson.batch(r));
  }

  /**
   * {@code rollup_getWithdrawalProof}: throws {@link RollupRpcException} (-32000) while the
   * withdrawal is in no posted batch, or when no withdrawal has this index.
   */
  public WithdrawalProof withdrawalProof(long index) {
    return RollupJson.withdrawalProof(call("rollup_getWithdrawalProof", index));
  }

  /** {@code rollup_getTokenBalance} at {@code latest}. */
  public BigInteger tokenBalance(Address token, Address owner) {
    return tokenBalance(token, owner, "latest");
  }

  /** {@code rollup_getTokenBalance} at a block tag or a hex block number. */
  public BigInteger tokenBalance(Address token, Address owner, String block) {
    return RollupJson.quantity(call("rollup_getTokenBalance", token.toHex(), owner.toHex(), block));
  }

  /**
   * Pays a withdrawal on L1: {@code Bridge.finalizeWithdrawal} with the proof's fields, sent by
   * {@code sender}. Before the batch is finalized the bridge reverts with
   * {@code BatchNotFinalized}, a second payout with {@code AlreadyFinalized} (thrown as
   * {@code L1Reverted}).
   */
  public static L1Receipt finalizeWithdrawal(BridgeContract bridge, TxManager sender, WithdrawalProof proof) {
    return bridge.finalizeWithdrawal(sender, proof.batchIndex(), proof.withdrawal(), proof.siblings());
  }

  /** One JSON-RPC call; the {@code result}, or the node's error as {@link RollupRpcException}. */
  public JsonNode call(String method, Object... params) {
    ObjectNode req = JSON.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet())
        .put("method", method);
    ArrayNode args = req.putArray("params");
    for (Object p : params) {
      args.add(JSON.valueToTree(p));
    }
    JsonNode resp = post(method, req.toString());
    JsonNode error = resp.get("error");
    if (error != null && !error.isNull()) {
      throw new RollupRpcException(method, error.path("code").asInt(), error.path("message").asText());
    }
    return resp.get("result");
  }

  private JsonNode post(String method, String body) {
    HttpRequest req = HttpRequest.newBuilder(url).timeout(timeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    try {
      HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(resp.body());
    } catch (IOException e) {
      throw new RollupRpcException(method, "JSON-RPC to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RollupRpcException(method, "interrupted", e);
    }
  }
}
