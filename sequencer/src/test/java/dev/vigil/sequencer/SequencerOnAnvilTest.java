package dev.vigil.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigil.node.anvil.AnvilBinary;
import dev.vigil.node.anvil.AnvilProcess;
import dev.vigil.node.l1.ForgeArtifacts;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.ContractDeployer;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupDeployment;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.batch.RollupOnL1;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sequencer against a real Anvil with the real contracts: a deposit reaches L2, legacy and
 * EIP-1559 transfers go in over HTTP and get receipts, a batch lands on L1 with this chain's
 * state root, and the six kinds of bad input are refused with their texts and no state change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class SequencerOnAnvilTest {
  private static final long CHAIN_ID = RollupConfig.DEVNET_CHAIN_ID;
  private static final BigInteger GWEI = RollupConfig.GWEI;
  private static final BigInteger ETHER = RollupConfig.ETHER;
  private static final Address L2_BRIDGE = Address.fromHex("0x000000000000000000000000000000000000b1d9");
  private static final Address CAROL = Address.fromHex("0x00000000000000000000000000000000000ca201");

  private AnvilProcess anvil;
  private L1Client l1;
  private RollupDeployment deployment;
  private SequencerConfig config;
  private SequencerProcess sequencer;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private BigInteger userKey;
  private Address user;

  @BeforeAll
  void start(@TempDir Path tmp) throws Exception {
    assumeTrue(AnvilBinary.locate().isPresent(), "anvil is not installed: run ./vigil tools");
    Path out = ForgeArtifacts.outDir();
    anvil = AnvilProcess.start(tmp.resolve("anvil"));
    l1 = L1Client.connect(anvil.url());
    deployment = new ContractDeployer(new TxManager(l1, anvil.devKey(0)))
        .deployRollup(out, RollupConfig.devnet(anvil.devAddress(0)));
    config = new SequencerConfig(anvil.url(), deployment.rollup(), anvil.devKey(0),
        tmp.resolve("sequencer"), "127.0.0.1", 0, 100, 300, 512, 100);
    sequencer = SequencerProcess.start(config);
    userKey = anvil.devKey(1);
    user = anvil.devAddress(1);
  }

  @AfterAll
  void stop() {
    if (sequencer != null) {
      sequencer.close();
    }
    if (l1 != null) {
      l1.close();
    }
    if (anvil != null) {
      anvil.close();
    }
  }

  private JsonObject rpc(String method, Object... params) throws Exception {
    JsonObject request = new JsonObject().put("jsonrpc", "2.0").put("id", 1).put("method", method)
        .put("params", new JsonArray(List.of(params)));
    HttpRequest req = HttpRequest.newBuilder(URI.create(sequencer.rpcUrl()))
        .timeout(Duration.ofSeconds(20))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request.encode()))
        .build();
    HttpResponse<String> response = http.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode());
    return new JsonObject(response.body());
  }

  private Object result(String method, Object... params) throws Exception {
    JsonObject r = rpc(method, params);
    assertNull(r.getValue("error"), () -> method + ": " + r.encode());
    return r.getValue("result");
  }

  private BigInteger quantity(String method, Object... params) throws Exception {
    return new BigInteger(((String) result(method, params)).substring(2), 16);
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "timed out waiting for " + what);
      Thread.sleep(50);
    }
  }

  private BooleanSupplier balanceIs(Address who, BigInteger expected) {
    return () -> {
      try {
        return quantity("eth_getBalance", who.toHex(), "latest").equals(expected);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    };
  }

  @Test
  @Order(1)
  void depositReachesL2_transfersGetReceipts_andABatchLandsWithTheStateRoot() throws Exception {
    BridgeContract bridge = deployment.bridgeContract(l1);
    long sent = System.nanoTime();
    bridge.depositEth(new TxManager(l1, userKey), user, ETHER.multiply(BigInteger.TEN));
    long included = System.nanoTime();
    await("the deposit on L2", balanceIs(user, ETHER.multiply(BigInteger.TEN)));
    System.out.printf("deposit: L1 send+receipt %d ms, then on L2 after %d ms%n",
        (included - sent) / 1_000_000, (System.nanoTime() - included) / 1_000_000);
    assertTrue(System.nanoTime() - included < Duration.ofSeconds(3).toNanos());

    Bytes legacy = TxSigner.signLegacy(userKey, CHAIN_ID, 0, GWEI, 21_000, CAROL, ETHER, Bytes.EMPTY);
    assertEquals(Keccak.hash(legacy).toHex(), result("eth_sendRawTransaction", legacy.toHex()));
    Bytes eip1559 = TxSigner.signEip1559(userKey, CHAIN_ID, 1, BigInteger.ONE, GWEI.multiply(BigInteger.TWO),
        21_000, CAROL, BigInteger.TWO, Bytes.EMPTY);
    assertEquals(Keccak.hash(eip1559).toHex(), result("eth_sendRawTransaction", eip1559.toHex()));

    JsonObject r1 = (JsonObject) result("eth_getTransactionReceipt", Keccak.hash(legacy).toHex());
    JsonObject r2 = (JsonObject) result("eth_getTransactionReceipt", Keccak.hash(eip1559).toHex());
    assertEquals("0x1", r1.getString("status"));
    assertEquals("0x0", r1.getString("type"));
    assertEquals("0x1", r2.getString("status"));
    assertEquals("0x2", r2.getString("type"));
    assertEquals(ETHER.add(BigInteger.TWO), quantity("eth_getBalance", CAROL.toHex(), "latest"));

    awaitBatchHolding(Long.decode(r2.getString("blockNumber")));
    JsonObject batch = (JsonObject) result("rollup_getBatch", "0x0");
    assertEquals(1L, batch.getLong("firstBlock"));
    RollupOnL1 onL1 = new RollupOnL1(l1, deployment.rollupContract(l1), deployment.bridgeContract(l1),
        new TxManager(l1, anvil.devKey(0)));
    assertEquals(Optional.of(Bytes32.fromHex(batch.getString("l1TxHash"))), onL1.appendTxHash(0));
    assertEquals(Optional.empty(), onL1.appendTxHash(99));
  }

  /** Waits for L1 to hold {@code block}, then checks the rollup's root is this chain's. */
  private void awaitBatchHolding(long block) throws Exception {
    RollupContract rollup = deployment.rollupContract(l1);
    await("a batch holding L2 block " + block, () -> rollup.lastBlock() >= block);
    long lastBlock = rollup.lastBlock();
    JsonObject header = (JsonObject) result("eth_getBlockByNumber", "0x" + Long.toHexString(lastBlock), false);
    assertEquals(Bytes32.fromHex(header.getString("stateRoot")), rollup.lastPostStateRoot());
    await("the sequencer's view of the batch", () -> safeBlock() >= block);
  }

  @Test
  @Order(2)
  void badInputs_areRefusedWithTheirTexts_andChangeNothing() throws Exception {
    refusesBadInputsWithoutStateChange();
  }

  @Test
  @Order(3)
  void withdrawal_isPaidOnL1WithTheSequencersProof() throws Exception {
    Address recipient = Address.fromHex("0x00000000000000000000000000000000000d0e01");
    long nonce = quantity("eth_getTransactionCount", user.toHex(), "pending").longValueExact();
    Bytes withdraw = TxSigner.signLegacy(userKey, CHAIN_ID, nonce, GWEI, 60_000, L2_BRIDGE, ETHER,
        Bytes.concat(Bytes.fromHex("0x25e16063"), Bytes.wrap(new byte[12]), recipient.bytes()));
    result("eth_sendRawTransaction", withdraw.toHex());
    JsonObject receipt = (JsonObject) result("eth_getTransactionReceipt", Keccak.hash(withdraw).toHex());
    assertEquals("0x1", receipt.getString("status"));
    awaitBatchHolding(Long.decode(receipt.getString("blockNumber")));

    anvil.evmIncreaseTime(RollupConfig.devnet(user).challengeWindow() + 1);
    anvil.mine();
    await("a final proof", () -> proof(0).getBoolean("finalized"));
    JsonObject proof = proof(0);
    assertEquals(recipient.toHex(), proof.getString("recipient"));
    List<Bytes32> siblings = proof.getJsonArray("siblings").stream()
        .map(o -> Bytes32.fromHex((String) o)).toList();
    Withdrawal w = new Withdrawal(0, Withdrawal.ETH, recipient, ETHER);
    deployment.bridgeContract(l1).finalizeWithdrawal(new TxManager(l1, anvil.devKey(2)),
        proof.getLong("batchIndex"), w, siblings);
    assertEquals(ETHER, l1.balance(recipient));
  }

  private JsonObject proof(long index) {
    try {
      return (JsonObject) result("rollup_getWithdrawalProof", "0x" + Long.toHexString(index));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(4)
  void restart_replaysTheChain_andSequencingAndBatchingContinue() throws Exception {
    String head = (String) result("eth_blockNumber");
    String balance = (String) result("eth_getBalance", user.toHex(), "latest");
    sequencer.close();
    sequencer = SequencerProcess.start(config);
    assertEquals(head, result("eth_blockNumber"));
    assertEquals(balance, result("eth_getBalance", user.toHex(), "latest"));

    long nonce = quantity("eth_getTransactionCount", user.toHex(), "pending").longValueExact();
    Bytes next = TxSigner.signLegacy(userKey, CHAIN_ID, nonce, GWEI, 21_000, CAROL, BigInteger.ONE, Bytes.EMPTY);
    result("eth_sendRawTransaction", next.toHex());
    JsonObject receipt = (JsonObject) result("eth_getTransactionReceipt", Keccak.hash(next).toHex());
    assertEquals(Long.decode(head) + 1, Long.decode(receipt.getString("blockNumber")));
    awaitBatchHolding(Long.decode(receipt.getString("blockNumber")));
  }

  private long safeBlock() {
    try {
      return ((JsonObject) result("rollup_status")).getLong("safeBlock");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(5)
  void bridgedTokenMetadata_isReadFromTheL1Token() throws Exception {
    Address token = new ContractDeployer(new TxManager(l1, anvil.devKey(3)))
        .deployDevToken(ForgeArtifacts.outDir(), "Dev Token", "DEV");
    for (String selector : List.of("0x313ce567", "0x95d89b41", "0x06fdde03")) {
      JsonObject call = new JsonObject().put("to", token.toHex()).put("data", selector);
      assertEquals(l1.ethCall(token, Bytes.fromHex(selector)).toHex(), result("eth_call", call, "latest"), selector);
    }
    JsonObject eoa = new JsonObject().put("to", CAROL.toHex()).put("data", "0x313ce567");
    assertEquals("execution reverted", rpc("eth_call", eoa).getJsonObject("error").getString("message"));
  }

  private void refusesBadInputsWithoutStateChange() throws Exception {
    long nonce = quantity("eth_getTransactionCount", user.toHex(), "pending").longValueExact();
    String head = (String) result("eth_blockNumber");
    String pendingNonce = (String) result("eth_getTransactionCount", user.toHex(), "pending");
    String balance = (String) result("eth_getBalance", user.toHex(), "pending");
    BigInteger poorKey = BigInteger.valueOf(0xbad);

    Bytes malformed = Bytes.fromHex("0xc0");
    assertRefused(malformed, ((TxDecoding.Malformed) TxDecoder.decode(malformed)).reason());
    assertRefused(TxSigner.signLegacy(userKey, CHAIN_ID + 1, nonce, GWEI, 21_000, CAROL, BigInteger.ONE,
        Bytes.EMPTY), "invalid chain id");
    assertRefused(TxSigner.signLegacy(userKey, CHAIN_ID, 0, GWEI, 21_000, CAROL, BigInteger.TEN,
        Bytes.EMPTY), "nonce too low");
    assertRefused(TxSigner.signLegacy(poorKey, CHAIN_ID, 0, GWEI, 21_000, CAROL, BigInteger.ONE,
        Bytes.EMPTY), "insufficient funds for gas * price + value");
    assertRefused(TxSigner.signLegacy(userKey, CHAIN_ID, nonce, GWEI, 100_000, Optional.empty(),
        BigInteger.ZERO, Bytes.fromHex("0x6080")), "unsupported transaction: contract creation");
    assertRefused(TxSigner.signLegacy(userKey, CHAIN_ID, nonce, GWEI, 100_000, CAROL, BigInteger.ZERO,
        Bytes.fromHex("0xdeadbeef")), "unsupported transaction: unknown calldata");

    Thread.sleep(300);
    assertEquals(head, result("eth_blockNumber"));
    assertEquals(pendingNonce, result("eth_getTransactionCount", user.toHex(), "pending"));
    assertEquals(balance, result("eth_getBalance", user.toHex(), "pending"));
  }

  private void assertRefused(Bytes raw, String message) throws Exception {
    JsonObject r = rpc("eth_sendRawTransaction", raw.toHex());
    JsonObject error = r.getJsonObject("error");
    assertTrue(error != null, () -> "admitted: " + r.encode());
    assertEquals(-32000, error.getInteger("code"));
    assertEquals(message, error.getString("message"));
  }
}
