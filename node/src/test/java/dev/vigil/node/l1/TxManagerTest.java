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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TxManagerTest {
  static final Address SINK = Address.fromHex("0x000000000000000000000000000000000000dead");
  @TempDir
  static Path logs;
  static AnvilProcess anvil;
  static L1Client l1;

  @BeforeAll
  static void start() throws IOException {
    AnvilAssumptions.requireAnvil();
    anvil = AnvilProcess.start(logs);
    l1 = L1Client.connect(anvil.url(), Duration.ofSeconds(10),
        RevertDecoder.vigil().with(List.of("Custom(uint256)")));
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

  static Address deployReverter(TxManager sender, long arg) {
    Bytes payload = Bytes.concat(Keccak.hash(Bytes.wrap("Custom(uint256)".getBytes())).toBytes().slice(0, 4),
        Bytes32.fromLong(arg).toBytes());
    return sender.send(TxRequest.create(TestContracts.alwaysReverting(payload))).contractAddress().orElseThrow();
  }

  @Test
  void sendsWithConsecutiveLocalNonces() {
    TxManager txm = new TxManager(l1, anvil.devKey(1));
    assertEquals(anvil.devAddress(1), txm.address());
    long start = l1.nonce(txm.address());
    BigInteger before = l1.balance(SINK);
    for (int i = 0; i < 3; i++) {
      L1Receipt r = txm.send(TxRequest.transfer(SINK, BigInteger.ONE));
      assertTrue(r.success());
      assertEquals(start + i, l1.getTransaction(r.txHash()).orElseThrow().nonce());
    }
    assertEquals(before.add(BigInteger.valueOf(3)), l1.balance(SINK));
  }

  @Test
  void resyncsTheNonceWhenAnotherSenderUsedTheKey() {
    TxManager a = new TxManager(l1, anvil.devKey(2));
    TxManager b = new TxManager(l1, anvil.devKey(2));
    a.send(TxRequest.transfer(SINK, BigInteger.ONE));
    b.send(TxRequest.transfer(SINK, BigInteger.ONE));
    b.send(TxRequest.transfer(SINK, BigInteger.ONE));
    long chainNonce = l1.nonce(a.address());
    L1Receipt r = a.send(TxRequest.transfer(SINK, BigInteger.ONE));
    assertTrue(r.success());
    assertEquals(chainNonce, l1.getTransaction(r.txHash()).orElseThrow().nonce());
  }

  @Test
  void estimateRevertIsReportedDecodedAndUsesNoNonce() {
    TxManager txm = new TxManager(l1, anvil.devKey(3));
    Address reverter = deployReverter(txm, 42);
    long nonce = l1.nonce(txm.address());
    L1Reverted e = assertThrows(L1Reverted.class, () -> txm.send(TxRequest.call(reverter, Bytes.EMPTY)));
    assertEquals("Custom", e.error());
    assertEquals(List.of("42"), e.args());
    assertTrue(e.txHash().isEmpty());
    assertEquals(nonce, l1.nonce(txm.address()));
    assertTrue(txm.send(TxRequest.transfer(SINK, BigInteger.ONE)).success());
  }

  @Test
  void minedRevertIsReportedWithItsHashAndDecodedData() {
    TxManager txm = new TxManager(l1, anvil.devKey(3));
    Address reverter = deployReverter(txm, 9);
    L1Reverted e = assertThrows(L1Reverted.class,
        () -> txm.send(TxRequest.call(reverter, Bytes.EMPTY).withGasLimit(100_000)));
    assertEquals("Custom", e.error());
    assertEquals(List.of("9"), e.args());
    L1Receipt mined = l1.getReceipt(e.txHash().orElseThrow()).orElseThrow();
    assertFalse(mined.success());
    assertTrue(txm.send(TxRequest.transfer(SINK, BigInteger.ONE)).success(), "the nonce moved on");
  }

  @Test
  void resendsWithBumpedFeesUntilMined() throws Exception {
    TxManagerConfig quick = TxManagerConfig.defaults().withReceiptTimeout(Duration.ofMillis(300));
    TxManager txm = new TxManager(l1, anvil.devKey(4), quick);
    BigInteger initialTip = l1.maxPriorityFeePerGas();
    ExecutorService pool = Executors.newSingleThreadExecutor();
    anvil.setAutomine(false);
    try {
      Future<L1Receipt> sending = pool.submit(() -> txm.send(TxRequest.transfer(SINK, BigInteger.ONE)));
      Thread.sleep(1_000);
      assertFalse(sending.isDone());
      anvil.mine();
      L1Receipt r = sending.get(20, TimeUnit.SECONDS);
      assertTrue(r.success());
      BigInteger baseFee = l1.latestBaseFee().orElseThrow();
      assertTrue(r.effectiveGasPrice().compareTo(baseFee.add(initialTip)) > 0,
          "mined at " + r.effectiveGasPrice() + ", base fee " + baseFee + " + first tip " + initialTip);
    } finally {
      anvil.setAutomine(true);
      pool.shutdownNow();
    }
  }

  @Test
  void givesUpWhenNothingIsMinedAndResyncsAfterwards() throws Exception {
    TxManagerConfig quick = TxManagerConfig.defaults().withReceiptTimeout(Duration.ofMillis(200))
        .withRetries(2, 0, Duration.ZERO);
    TxManager txm = new TxManager(l1, anvil.devKey(5), quick);
    anvil.setAutomine(false);
    try {
      L1Exception e = assertThrows(L1Exception.class, () -> txm.send(TxRequest.transfer(SINK, BigInteger.ONE)));
      assertTrue(e.getMessage().contains("no receipt for nonce"), e.getMessage());
    } finally {
      anvil.setAutomine(true);
    }
    anvil.mine();
    assertTrue(txm.send(TxRequest.transfer(SINK, BigInteger.ONE)).success());
  }

  @Test
  void concurrentSendsAreSerializedWithDistinctNonces() throws Exception {
    TxManager txm = new TxManager(l1, anvil.devKey(6));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<L1Receipt>> sends = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        sends.add(pool.submit(() -> txm.send(TxRequest.transfer(SINK, BigInteger.ONE))));
      }
      Set<Long> nonces = new HashSet<>();
      for (Future<L1Receipt> f : sends) {
        L1Receipt r = f.get(60, TimeUnit.SECONDS);
        assertTrue(r.success());
        nonces.add(l1.getTransaction(r.txHash()).orElseThrow().nonce());
      }
      assertEquals(8, nonces.size());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void deadL1FailsAfterTheTransportRetries() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    try (L1Client dead = L1Client.connect("http://127.0.0.1:" + port, Duration.ofSeconds(2), RevertDecoder.standard())) {
      TxManager txm = new TxManager(dead, anvil.devKey(7),
          TxManagerConfig.defaults().withRetries(1, 2, Duration.ofMillis(10)));
      L1Exception e = assertThrows(L1Exception.class, () -> txm.send(TxRequest.transfer(SINK, BigInteger.ONE)));
      assertTrue(e.isTransport());
      assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
    }
  }

  @Test
  void feeBumpsRaiseBothCapsByAtLeastThePercentAndFollowTheMarket() {
    Fees f = new Fees(BigInteger.valueOf(100), BigInteger.valueOf(1000));
    Fees low = new Fees(BigInteger.ONE, BigInteger.TEN);
    assertEquals(new Fees(BigInteger.valueOf(115), BigInteger.valueOf(1150)), f.bump(15, low));
    Fees high = new Fees(BigInteger.valueOf(500), BigInteger.valueOf(5000));
    assertEquals(high, f.bump(15, high));
    assertEquals(new Fees(BigInteger.ONE, BigInteger.valueOf(2)),
        new Fees(BigInteger.ZERO, BigInteger.ONE).bump(10, new Fees(BigInteger.ZERO, BigInteger.ZERO)));
  }
}
