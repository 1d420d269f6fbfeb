package dev.vigil.node.l1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.anvil.AnvilAssumptions;
import dev.vigil.node.anvil.AnvilProcess;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

class L1ClientTest {
  static final BigInteger GWEI = BigInteger.TEN.pow(9);
  @TempDir
  static Path logs;
  static AnvilProcess anvil;
  static L1Client l1;

  @BeforeAll
  static void start() throws IOException {
    AnvilAssumptions.requireAnvil();
    anvil = AnvilProcess.start(logs);
    l1 = L1Client.connect(anvil.url());
  }

  @AfterAll
  static void stop() {
    if (l1 != null) {
      l1.close();
    }
    if (anvil != null) {
      anvil.close();
    }
  }

  /** A transfer signed with Web3j, independent of the TxManager under test elsewhere. */
  static Bytes signedTransfer(int from, long nonce, Address to, BigInteger value) {
    RawTransaction tx = RawTransaction.createTransaction(AnvilProcess.CHAIN_ID, BigInteger.valueOf(nonce),
        BigInteger.valueOf(21_000), to.toHex(), value, "0x", GWEI, GWEI.multiply(BigInteger.valueOf(100)));
    Credentials key = Credentials.create(anvil.devKey(from).toString(16));
    return Bytes.wrap(TransactionEncoder.signMessage(tx, AnvilProcess.CHAIN_ID, key));
  }

  @Test
  void readsChainState() throws IOException {
    assertEquals(31337, l1.chainId());
    long block = l1.blockNumber();
    anvil.evmIncreaseTime(100);
    anvil.mine();
    assertEquals(block + 1, l1.blockNumber());
    assertEquals(l1.blockTimestamp(block + 1), l1.latestTimestamp());
    assertTrue(l1.latestTimestamp() >= l1.blockTimestamp(block) + 100);
    assertTrue(l1.latestBaseFee().isPresent());
    assertTrue(l1.gasPrice().signum() > 0);
    assertTrue(l1.maxPriorityFeePerGas().signum() >= 0);
  }

  @Test
  void sendRawThenReceiptTransactionAndBalances() {
    Address to = Address.fromHex("0x00000000000000000000000000000000000c0ffe");
    long nonce = l1.pendingNonce(anvil.devAddress(9));
    Bytes raw = signedTransfer(9, nonce, to, BigInteger.valueOf(12345));
    Bytes32 hash = l1.sendRaw(raw);
    assertEquals(Keccak.hash(raw), hash);
    // Anvil answers eth_sendRawTransaction before its automine has mined the block.
    L1Receipt receipt = awaitReceipt(hash);
    assertTrue(receipt.success());
    assertEquals(21_000, receipt.gasUsed());
    assertEquals(anvil.devAddress(9), receipt.from());
    assertEquals(Optional.of(to), receipt.to());
    assertEquals(BigInteger.valueOf(12345), l1.balance(to));
    assertEquals(nonce + 1, l1.nonce(anvil.devAddress(9)));
    L1Tx tx = l1.getTransaction(hash).orElseThrow();
    assertEquals(Optional.of(receipt.blockNumber()), tx.blockNumber());
    assertEquals(nonce, tx.nonce());
    assertEquals(Optional.of(Bytes.EMPTY), l1.getTransactionInput(hash));
  }

  private static L1Receipt awaitReceipt(Bytes32 hash) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Optional<L1Receipt> r = l1.getReceipt(hash);
      if (r.isPresent()) {
        return r.get();
      }
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
    }
    throw new AssertionError("no receipt for " + hash.toHex() + " within 10 s");
  }

  @Test
  void unknownTransactionHasNoReceiptNorInput() {
    Bytes32 unknown = Keccak.hash(Bytes.of((byte) 1));
    assertEquals(Optional.empty(), l1.getReceipt(unknown));
    assertEquals(Optional.empty(), l1.getTransactionInput(unknown));
  }

  @Test
  void errorAnswersKeepTheNodesCodeAndMessage() {
    L1Exception e = assertThrows(L1Exception.class, () -> l1.sendRaw(Bytes.fromHex("0x02c0")));
    assertFalse(e.isTransport());
    assertTrue(e.rpcCode().isPresent());
    assertTrue(e.getMessage().startsWith("L1 eth_sendRawTransaction at " + anvil.url() + ": "), e.getMessage());
  }

  @Test
  void callRevertIsDecodedWithTheKnownErrors() {
    // Custom(uint256) reverting with 7.
    Bytes selector = Keccak.hash(Bytes.wrap("Custom(uint256)".getBytes())).toBytes().slice(0, 4);
    Bytes payload = Bytes.concat(selector, Bytes32.fromLong(7).toBytes());
    TxManager deployer = new TxManager(l1, anvil.devKey(8));
    Address reverter = deployer.send(TxRequest.create(TestContracts.alwaysReverting(payload)))
        .contractAddress().orElseThrow();
    assertEquals(payload.length() + 12, l1.code(reverter).length());

    L1Reverted unknown = assertThrows(L1Reverted.class, () -> l1.ethCall(reverter, Bytes.EMPTY));
    assertEquals(selector.toHex(), unknown.error());
    assertEquals(payload, unknown.data());

    try (L1Client knowing = L1Client.connect(anvil.url(), Duration.ofSeconds(5),
        RevertDecoder.standard().with(List.of("Custom(uint256)")))) {
      L1Reverted known = assertThrows(L1Reverted.class, () -> knowing.ethCall(reverter, Bytes.EMPTY));
      assertEquals("Custom", known.error());
      assertEquals(List.of("7"), known.args());
      assertTrue(known.getMessage().contains("Custom(7)"), known.getMessage());
      assertTrue(known.txHash().isEmpty());
    }
  }

  @Test
  void deadL1GivesAClearTransportError() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + port;
    try (L1Client dead = L1Client.connect(url, Duration.ofSeconds(2), RevertDecoder.standard())) {
      L1Exception e = assertThrows(L1Exception.class, dead::chainId);
      assertTrue(e.isTransport());
      assertEquals("L1 eth_chainId at " + url + ": connection refused (is the L1 node running?)", e.getMessage());
      assertEquals("eth_chainId", e.method());
      assertEquals(url, e.url());
    }
  }

  @Test
  void rawCallReachesAnyMethod() {
    assertEquals("0x7a69", l1.call("eth_chainId"));
  }
}
