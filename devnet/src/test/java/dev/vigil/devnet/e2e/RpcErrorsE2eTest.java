package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static dev.vigil.devnet.e2e.E2e.GWEI;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.rpc.JsonRpcError;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Every request limit and error of the sequencer's JSON-RPC, through the real process: the HTTP
 * status, the JSON-RPC code and the exact text (docs/rpc.md, Errors and Limits).
 */
@ExtendWith(SharedDevnet.class)
@Timeout(120)
class RpcErrorsE2eTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** secp256k1's group order: {@code n - s} is the high-s twin of a signature (EIP-2). */
  private static final BigInteger N =
      new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
  private static Devnet devnet;
  private static JsonRpcClient l2;
  private static L2Wallet user;

  @BeforeAll
  static void setUp(Devnet d) {
    devnet = d;
    l2 = E2e.l2(d);
    user = E2e.wallet(d, 4);
  }

  private static HttpResponse<String> postRaw(String body) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return http.send(HttpRequest.newBuilder(devnet.l2()).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void assertError(JsonNode response, int code, String message) {
    assertEquals(code, response.path("error").path("code").asInt(), response.toString());
    assertEquals(message, response.path("error").path("message").asText(), response.toString());
  }

  @Test
  void bodyOverFiveMebibytes_is413_withAnInvalidRequestError() throws Exception {
    String big = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":[\"" + "a".repeat(5 * 1024 * 1024)
        + "\"]}";
    HttpResponse<String> r = postRaw(big);
    assertEquals(413, r.statusCode());
    assertError(JSON.readTree(r.body()), -32600, "request body too large, limit 5242880 bytes");
  }

  @Test
  void batchOfMoreThan1000_isOneInvalidRequestError_1000AreAnswered() throws Exception {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < 1001; i++) {
      b.append(i == 0 ? "" : ",").append("{\"jsonrpc\":\"2.0\",\"id\":").append(i)
          .append(",\"method\":\"eth_chainId\",\"params\":[]}");
    }
    String tooMany = b.append("]").toString();
    assertError(l2.post(tooMany), -32600, "batch too large: 1001 requests, limit 1000");
    String limit = tooMany.substring(0, tooMany.lastIndexOf(",{")) + "]";
    JsonNode answers = l2.post(limit);
    assertEquals(1000, answers.size());
    assertEquals("0xa5b8", answers.get(999).get("result").asText());
  }

  @Test
  void malformedRequests_getTheStandardCodes() throws Exception {
    assertAll(
        () -> assertError(l2.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":"), -32700, "parse error"),
        () -> assertError(l2.post("[]"), -32600, "empty batch"),
        () -> assertError(l2.post("5"), -32600, "request must be an object"),
        () -> assertError(l2.post("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"eth_chainId\"}"), -32600,
            "jsonrpc must be \"2.0\""),
        () -> assertError(l2.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":5}"), -32600, "method must be a string"),
        () -> assertError(l2.post("{\"jsonrpc\":\"2.0\",\"id\":{},\"method\":\"eth_chainId\"}"), -32600,
            "id must be a string, a number or null"),
        () -> assertError(l2.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"eth_chainId\",\"params\":{}}"), -32602,
            "params must be an array"));
    HttpResponse<String> notification = postRaw("{\"jsonrpc\":\"2.0\",\"method\":\"eth_chainId\",\"params\":[]}");
    assertEquals(204, notification.statusCode());
    assertEquals("", notification.body());
  }

  @Test
  void unknownMethods_andBadParams_nameTheProblem() {
    String me = user.address().toHex();
    assertAll(
        () -> assertRpc(-32601, "the method eth_getStorageAt does not exist/is not available",
            () -> l2.call("eth_getStorageAt", me, "0x0", "latest")),
        () -> assertRpc(-32602, "missing value for required argument 0", () -> l2.call("eth_getBalance")),
        () -> assertRpc(-32602, "too many arguments, want at most 2",
            () -> l2.call("eth_getBalance", me, "latest", "x")),
        () -> assertRpc(-32602, "invalid argument 0 (address): hex string without 0x prefix",
            () -> l2.call("eth_getBalance", me.substring(2), "latest")),
        () -> assertRpc(-32602, "invalid argument 0 (address): hex string of odd length",
            () -> l2.call("eth_getBalance", me + "0", "latest")),
        () -> assertRpc(-32602, "invalid argument 1 (block): hex number with leading zero digits",
            () -> l2.call("eth_getBalance", me, "0x01")),
        () -> assertRpc(-32602, "invalid argument 1 (block): invalid hex string",
            () -> l2.call("eth_getBalance", me, "0xzz")),
        () -> assertRpc(-32000, "header not found", () -> l2.call("eth_getBalance", me, "0x7fffffffffff")),
        () -> assertRpc(-32000, "execution reverted",
            () -> l2.call("eth_call", JSON.createObjectNode().put("to", me).put("data", "0xdeadbeef"), "latest")),
        () -> assertRpc(-32000, "unsupported transaction: contract creation",
            () -> l2.call("eth_estimateGas", JSON.createObjectNode().put("data", "0x60806040"))));
  }

  @Test
  void transactionRefusals_haveGethsTexts_withCode32000() {
    long nonce = user.nonce();
    Address to = E2e.freshAddress();
    BigInteger key = user.key();
    long chain = E2e.L2_CHAIN_ID;
    Bytes sealedRaw = user.legacy(nonce, to, BigInteger.ONE, Bytes.EMPTY, 21_000);
    user.send(sealedRaw);
    long next = nonce + 1;
    Bytes good = user.legacy(next, to, BigInteger.ONE, Bytes.EMPTY, 21_000);
    assertAll(
        () -> assertRefused(sealedRaw, "already known"),
        () -> assertRefused(Bytes.concat(Bytes.fromHex("0x02"), Bytes.wrap(new byte[4096])), "oversized data"),
        () -> assertRefused(Bytes.fromHex("0x01c0"), "transaction type not supported"),
        () -> assertRefused(TxSigner.signLegacy(key, 1, next, GWEI, 21_000, to, ETHER, Bytes.EMPTY), "invalid chain id"),
        () -> assertRefused(highS(good), "invalid sender"),
        () -> assertRefused(user.legacy(next, to, ETHER, Bytes.EMPTY, 20_999), "intrinsic gas too low"),
        () -> assertRefused(TxSigner.signLegacy(key, chain, next, GWEI.subtract(BigInteger.ONE), 21_000, to, ETHER,
            Bytes.EMPTY), "transaction underpriced"),
        () -> assertRefused(TxSigner.signEip1559(key, chain, next, BigInteger.ONE, GWEI.subtract(BigInteger.ONE),
            21_000, to, ETHER, Bytes.EMPTY), "max fee per gas less than block base fee"),
        () -> assertRefused(TxSigner.signEip1559(key, chain, next, GWEI.multiply(BigInteger.valueOf(3)),
            GWEI.multiply(BigInteger.TWO), 21_000, to, ETHER, Bytes.EMPTY),
            "max priority fee per gas higher than max fee per gas"),
        () -> assertRefused(user.legacy(nonce, to, BigInteger.TWO, Bytes.EMPTY, 21_000), "nonce too low"),
        () -> assertRefused(user.legacy(next + 1, to, ETHER, Bytes.EMPTY, 21_000), "nonce too high"),
        () -> assertRefused(user.legacy(next, to, user.balance(), Bytes.EMPTY, 21_000),
            "insufficient funds for gas * price + value"),
        () -> assertRefused(TxSigner.signLegacy(key, chain, next, GWEI, 100_000, Optional.empty(), BigInteger.ZERO,
            Bytes.fromHex("0x6080604052")), "unsupported transaction: contract creation"),
        () -> assertRefused(user.legacy(next, to, BigInteger.ZERO, Bytes.fromHex("0xdeadbeef"), 50_000),
            "unsupported transaction: unknown calldata"),
        () -> assertRefused(user.legacy(next, L2Wallet.L2_BRIDGE, BigInteger.ZERO, Bytes.fromHex("0xdeadbeef"), 60_000),
            "unsupported transaction: unknown call to the L2 bridge"));
    assertEquals(next, user.nonce(), "no refused transaction changed the nonce");
  }

  /** The same legacy transaction with {@code s} replaced by {@code n - s}: a high-s signature. */
  private static Bytes highS(Bytes raw) {
    SignedTx tx = ((TxDecoding.Ok) TxDecoder.decode(raw)).tx();
    BigInteger v = BigInteger.valueOf(tx.chainId()).shiftLeft(1).add(BigInteger.valueOf(35 + tx.yParity()));
    return Rlp.encodeList(List.of(Rlp.encodeUint(BigInteger.valueOf(tx.nonce())), Rlp.encodeUint(tx.gasPrice()),
        Rlp.encodeUint(BigInteger.valueOf(tx.gasLimit())), Rlp.encodeString(tx.to().orElseThrow().bytes()),
        Rlp.encodeUint(tx.value()), Rlp.encodeString(tx.data()), Rlp.encodeUint(v), Rlp.encodeUint(tx.r()),
        Rlp.encodeUint(N.subtract(tx.s()))));
  }

  private static void assertRefused(Bytes raw, String message) {
    assertRpc(-32000, message, () -> user.send(raw));
  }

  private static void assertRpc(int code, String message, Executable call) {
    JsonRpcError e = assertThrows(JsonRpcError.class, call);
    assertEquals(code, e.code(), e.getMessage());
    assertEquals(message, e.rpcMessage());
  }
}
