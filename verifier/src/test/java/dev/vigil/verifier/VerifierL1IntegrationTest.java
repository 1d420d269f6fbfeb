package dev.vigil.verifier;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.CAROL;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigil.node.anvil.AnvilBinary;
import dev.vigil.node.anvil.AnvilProcess;
import dev.vigil.node.l1.ForgeArtifacts;
import dev.vigil.node.l1.ContractDeployer;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.RollupDeployment;
import dev.vigil.node.l1.TxManager;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateTree;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verifier process against a real Anvil with the real Rollup: the test posts batches built
 * with the protocol's codec and STF through a {@link TxManager}, as a sequencer would, and reads
 * what the verifier derived through its JSON-RPC.
 */
@Timeout(180)
class VerifierL1IntegrationTest {
  @TempDir Path dir;
  private AnvilProcess anvil;
  private L1Client l1;
  private TxManager poster;
  private RollupDeployment rollup;
  private ChainParams params;
  private VerifierProcess verifier;
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();

  @BeforeEach
  void deploy() throws Exception {
    assumeTrue(AnvilBinary.locate().isPresent(), "anvil not installed (./vigil tools)");
    Path out = contractsOut();
    anvil = AnvilProcess.start(dir.resolve("logs"));
    l1 = L1Client.connect(anvil.url());
    poster = new TxManager(l1, anvil.devKey(0));
    rollup = new ContractDeployer(poster).deployRollup(out, RollupConfig.devnet(poster.address()));
    rollup.rollupContract(l1).bond(poster, ETHER);
    params = new ChainParams(rollup.config().l2ChainId(), rollup.config().l2BaseFee(),
        rollup.config().feeRecipient());
  }

  @AfterEach
  void stop() {
    if (verifier != null) {
      verifier.close();
    }
    if (l1 != null) {
      l1.close();
    }
    if (anvil != null) {
      anvil.close();
    }
  }

  private static Path contractsOut() throws Exception {
    return ForgeArtifacts.outDir();
  }

  private RpcClient startVerifier() {
    VerifierConfig config = new VerifierConfig(URI.create(anvil.url()), rollup.rollup(),
        dir.resolve("verifier"), "127.0.0.1", 0, 100, "verifier-it", Optional.empty());
    verifier = VerifierProcess.start(config, fatal::set);
    return new RpcClient(verifier.rpcUrl());
  }

  private void append(List<BatchEntry> entries, List<Bytes32> roots) {
    long timestamp = l1.latestTimestamp();
    Batch batch = new Batch(List.of(new BlockSpec(timestamp, entries.size())), entries);
    rollup.rollupContract(l1).appendBatch(poster, BatchCodec.encode(batch), roots);
  }

  private static JsonObject awaitStatus(RpcClient rpc, Predicate<JsonObject> done) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    JsonObject status;
    do {
      status = (JsonObject) rpc.call("rollup_status");
      if (done.test(status)) {
        return status;
      }
      Thread.sleep(100);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("rollup_status never matched; last: " + status.encode());
  }

  @Test
  void honestBatch_agrees_wrongRoot_isReportedAtItsEntry_andTheRpcServesL1DerivedBalances()
      throws Exception {
    rollup.bridgeContract(l1).depositEth(poster, ALICE, ETHER.multiply(BigInteger.TEN));
    Map<Long, QueueItem> items = Map.of(0L, new QueueItem.EthDeposit(ALICE, ETHER.multiply(BigInteger.TEN)));
    RpcClient rpc = startVerifier();
    List<BatchEntry> first = List.of(new BatchEntry.QueueRef(0),
        transferEntry(ALICE_KEY, 0, BOB, ETHER), transferEntry(ALICE_KEY, 1, CAROL, BigInteger.TWO));
    append(first, TestChain.honestRoots(params, StateTree.empty(), first, items));
    StateTree afterFirst = TestChain.applyAll(params, StateTree.empty(), first, items);

    JsonObject agreed = awaitStatus(rpc, s -> s.getLong("batchesVerified") == 1);

    assertTrue(agreed.getBoolean("agree"));
    assertEquals(1, agreed.getLong("l2Block"));
    assertEquals(afterFirst.root().toHex(), agreed.getString("stateRoot"));
    assertEquals(Quantity.toHex(ETHER), rpc.call("eth_getBalance", BOB.toHex(), "latest"));
    assertEquals("0x2", rpc.call("eth_getBalance", CAROL.toHex(), "latest"));
    assertEquals("0x2", rpc.call("eth_getTransactionCount", ALICE.toHex(), "latest"));
    assertEquals("0x1", rpc.call("eth_blockNumber"));
    assertEquals(Quantity.toHex(params.chainId()), rpc.call("eth_chainId"));

    List<BatchEntry> second = List.of(transferEntry(ALICE_KEY, 2, BOB, BigInteger.ONE),
        transferEntry(ALICE_KEY, 3, BOB, BigInteger.ONE), transferEntry(ALICE_KEY, 4, BOB, BigInteger.ONE));
    List<Bytes32> lying = new ArrayList<>(TestChain.honestRoots(params, afterFirst, second, items));
    Bytes32 computed = lying.get(1);
    lying.set(1, Bytes32.fromLong(0xbad));
    append(second, lying);

    JsonObject refuted = awaitStatus(rpc, s -> !s.getBoolean("agree"));

    JsonObject d = refuted.getJsonObject("disagreement");
    assertEquals(1, d.getLong("batchIndex"));
    assertEquals(1, d.getInteger("entryIndex"));
    assertEquals(Bytes32.fromLong(0xbad).toHex(), d.getString("claimedRoot"));
    assertEquals(computed.toHex(), d.getString("computedRoot"));
    assertEquals(1, refuted.getLong("batchesVerified"), "the refuted batch is not applied");
    assertEquals(Quantity.toHex(ETHER), rpc.call("eth_getBalance", BOB.toHex(), "latest"));
    assertFalse(verifier.verifier().fraud().isEmpty());
    assertNull(fatal.get());
  }
}
