package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static dev.vigil.devnet.e2e.E2e.GWEI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.rpc.JsonRpcError;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end: the sequencer's mempool refuses bad transactions with a clear
 * JSON-RPC error and changes nothing (the sender's balance and nonce, latest and pending, stay
 * as they were); malformed JSON-RPC requests get the standard error codes.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(120)
class MempoolRejectionE2eTest {
  private static Devnet devnet;
  private static JsonRpcClient l2;
  private static L2Wallet user;
  private BigInteger balance;
  private long nonce;

  @BeforeAll
  static void setUp(Devnet d) {
    devnet = d;
    l2 = E2e.l2(d);
    user = E2e.wallet(d, 5);
  }

  @BeforeEach
  void snapshot() {
    balance = user.balance();
    nonce = user.nonce();
  }

  @Test
  void malformedBytes_areRejected() {
    Bytes good = user.legacy(nonce, E2e.freshAddress(), ETHER, Bytes.EMPTY, 21_000);
    assertRejected(good.slice(0, good.length() - 1), "rlp");
    assertRejected(Bytes.fromHex("0x12345678"), "transaction type not supported");
  }

  @Test
  void wrongChainId_isRejected() {
    Bytes raw = TxSigner.signLegacy(user.key(), 1, nonce, GWEI, 21_000, E2e.freshAddress(), ETHER,
        Bytes.EMPTY);
    assertRejected(raw, "invalid chain id");
  }

  @Test
  void nonceTooLow_isRejected() {
    String hash = user.sendEth(E2e.freshAddress(), BigInteger.ONE);
    assertEquals("0x1", user.receipt(hash).get("status").asText());
    snapshot();
    assertRejected(user.legacy(nonce - 1, E2e.freshAddress(), ETHER, Bytes.EMPTY, 21_000), "nonce too low");
  }

  @Test
  void nonceTooHigh_isRejected() {
    assertRejected(user.legacy(nonce + 1, E2e.freshAddress(), ETHER, Bytes.EMPTY, 21_000), "nonce too high");
  }

  @Test
  void insufficientFunds_isRejected() {
    assertRejected(user.legacy(nonce, E2e.freshAddress(), balance, Bytes.EMPTY, 21_000),
        "insufficient funds for gas * price + value");
  }

  @Test
  void contractCreation_isRejected() {
    Bytes raw = TxSigner.signLegacy(user.key(), E2e.L2_CHAIN_ID, nonce, GWEI, 100_000,
        Optional.empty(), BigInteger.ZERO, Bytes.fromHex("0x6080604052"));
    assertRejected(raw, "unsupported transaction");
  }

  @Test
  void unsupportedCalldata_isRejected() {
    assertRejected(user.legacy(nonce, E2e.freshAddress(), BigInteger.ZERO, Bytes.fromHex("0xdeadbeef"), 50_000),
        "unsupported transaction");
  }

  @Test
  void intrinsicGasTooLow_andUnderpriced_areRejected() {
    assertRejected(user.legacy(nonce, E2e.freshAddress(), ETHER, Bytes.EMPTY, 20_999), "intrinsic gas too low");
    Bytes cheap = TxSigner.signLegacy(user.key(), E2e.L2_CHAIN_ID, nonce, GWEI.subtract(BigInteger.ONE),
        21_000, E2e.freshAddress(), ETHER, Bytes.EMPTY);
    assertRejected(cheap, "underpriced");
  }

  @Test
  void badJsonRpc_getsTheStandardErrors() {
    JsonNode parse = l2.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");
    assertEquals(-32700, parse.get("error").get("code").asInt(), parse.toString());
    JsonRpcError unknown = assertThrows(JsonRpcError.class, () -> l2.call("eth_mine"));
    assertEquals(-32601, unknown.code());
    JsonRpcError badParams = assertThrows(JsonRpcError.class, () -> l2.call("eth_getBalance", "0x12"));
    assertEquals(-32602, badParams.code());
  }

  private void assertRejected(Bytes raw, String expected) {
    JsonRpcError e = assertThrows(JsonRpcError.class, () -> user.send(raw));
    assertTrue(e.rpcMessage().toLowerCase().contains(expected), "expected '" + expected + "', got: "
        + e.rpcMessage());
    assertEquals(balance, user.balance(), "balance unchanged");
    assertEquals(nonce, user.nonce(), "pending nonce unchanged");
    assertEquals(nonce, E2e.nonce(l2, user.address(), "latest"), "latest nonce unchanged");
  }
}
