package dev.vigil.verifier;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.CAROL;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.vigil.node.anvil.AnvilBinary;
import dev.vigil.node.anvil.AnvilOptions;
import dev.vigil.node.anvil.AnvilProcess;
import dev.vigil.node.l1.ForgeArtifacts;
import dev.vigil.node.l1.ContractDeployer;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.L1Receipt;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupDeployment;
import dev.vigil.node.l1.TxManager;
import dev.vigil.node.l1.TxRequest;
import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxSigner;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The challenger end to end on a real Anvil with the real Rollup: the test is the sequencer (the
 * bonded poster, building batches with the protocol's codec and STF) and posts batches with one
 * wrong root; real verifier processes (in this JVM) prove each on L1 with their own keys.
 */
@Timeout(300)
class ChallengerL1IntegrationTest {
  private static final Bytes32 LIE = Bytes32.fromLong(0xbad);

  @TempDir Path dir;
  private AnvilProcess anvil;
  private L1Client l1;
  private TxManager poster;
  private RollupDeployment deployment;
  private RollupContract rollup;
  private ChainParams params;
  private final List<VerifierProcess> verifiers = new ArrayList<>();
  private final AtomicReference<RuntimeException> fatal = new AtomicReference<>();
  /** The honest L2 as the test (the sequencer) knows it. */
  private StateTree honest = StateTree.empty();
  private final Map<Long, QueueItem> queue = new HashMap<>();

  private void deploy(AnvilOptions options) throws Exception {
    assumeTrue(AnvilBinary.locate().isPresent(), "anvil not installed (./vigil tools)");
    Path out = ForgeArtifacts.outDir();
    anvil = AnvilProcess.start(options);
    l1 = L1Client.connect(anvil.url());
    poster = new TxManager(l1, anvil.devKey(0));
    deployment = new ContractDeployer(poster).deployRollup(out, RollupConfig.devnet(poster.address()));
    rollup = deployment.rollupContract(l1);
    rollup.bond(poster, ETHER);
    params = new ChainParams(deployment.config().l2ChainId(), deployment.config().l2BaseFee(),
        deployment.config().feeRecipient());
  }

  @AfterEach
  void stop() {
    verifiers.forEach(VerifierProcess::close);
    if (l1 != null) {
      l1.close();
    }
    if (anvil != null) {
      anvil.close();
    }
  }

  private RpcClient startVerifier(String name, BigInteger key) {
    VerifierConfig config = new VerifierConfig(URI.create(anvil.url()), deployment.rollup(),
        dir.resolve(name), "127.0.0.1", 0, 100, name, Optional.of(key));
    VerifierProcess v = VerifierProcess.start(config, fatal::set);
    verifiers.add(v);
    return new RpcClient(v.rpcUrl());
  }

  private long deposit(Address to, BigInteger amount) {
    deployment.bridgeContract(l1).depositEth(poster, to, amount);
    long index = queue.size();
    queue.put(index, new QueueItem.EthDeposit(to, amount));
    return index;
  }

  /** Posts {@code entries} as one L2 block, with {@code roots[lieAt]} wrong if lieAt >= 0. */
  private L1Receipt post(List<BatchEntry> entries, int lieAt) {
    List<Bytes32> roots = new ArrayList<>(TestChain.honestRoots(params, honest, entries, queue));
    if (lieAt >= 0) {
      roots.set(lieAt, LIE);
    } else {
      honest = TestChain.applyAll(params, honest, entries, queue);
    }
    Batch batch = new Batch(List.of(new BlockSpec(l1.latestTimestamp(), entries.size())), entries);
    return rollup.appendBatch(poster, BatchCodec.encode(batch), roots);
  }

  private static JsonObject status(RpcClient rpc) {
    try {
      return (JsonObject) rpc.call("rollup_status");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void await(String what, BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  private static JsonArray proofs(RpcClient rpc) {
    return status(rpc).getJsonArray("fraudProofs");
  }

  private static boolean settled(RpcClient rpc, int count) {
    JsonArray p = proofs(rpc);
    return p.size() == count && !"pending".equals(p.getJsonObject(count - 1).getString("status"));
  }

  /**
   * Posts a lying batch and waits until one of the two verifiers proved it and the other stood
   * down; checks the revert, the slash and the winner's payment; returns the winning proof.
   */
  private JsonObject proveLie(String kind, List<BatchEntry> entries, int lieAt, RpcClient a,
      Address aAddress, RpcClient b, Address bAddress, int round) throws Exception {
    if (rollup.bondOf(poster.address()).compareTo(ETHER) < 0) {
      rollup.bond(poster, ETHER);
    }
    BigInteger bond = rollup.bondOf(poster.address());
    Map<Address, BigInteger> before = Map.of(aAddress, l1.balance(aAddress), bAddress, l1.balance(bAddress));
    long count = rollup.batchCount();

    L1Receipt appended = post(entries, lieAt);

    assertEquals(count + 1, rollup.batchCount());
    await(kind + " reverted on L1", () -> rollup.batchCount() == count);
    await(kind + " settled by both verifiers", () -> settled(a, round) && settled(b, round));
    JsonObject pa = proofs(a).getJsonObject(round - 1);
    JsonObject pb = proofs(b).getJsonObject(round - 1);
    boolean aWon = "included".equals(pa.getString("status"));
    JsonObject won = aWon ? pa : pb;
    JsonObject lost = aWon ? pb : pa;
    assertEquals("included", won.getString("status"), kind + ": " + pa + " / " + pb);
    assertEquals("stoodDown", lost.getString("status"), kind + ": " + pa + " / " + pb);
    assertEquals(count, won.getLong("batchIndex"));
    assertEquals(lieAt, won.getInteger("entryIndex"));

    assertEquals(BigInteger.ZERO, rollup.bondOf(poster.address()), "bond slashed");
    Address winner = aWon ? aAddress : bAddress;
    L1Receipt proof = l1.getReceipt(Bytes32.fromHex(won.getString("txHash"))).orElseThrow();
    assertEquals(winner, proof.from());
    BigInteger gasCost = proof.effectiveGasPrice().multiply(BigInteger.valueOf(proof.gasUsed()));
    assertEquals(before.get(winner).add(bond.divide(BigInteger.TWO)).subtract(gasCost),
        l1.balance(winner), "the challenger gets half the bond, minus its gas");

    long blocks = proof.blockNumber() - appended.blockNumber();
    long seconds = l1.blockTimestamp(proof.blockNumber()) - l1.blockTimestamp(appended.blockNumber());
    System.out.printf("MEASURED fraud proof kind=%s entry=%d gas=%d latencyBlocks=%d"
        + " latencySeconds=%d loser=%s%n", kind, lieAt, proof.gasUsed(), blocks, seconds,
        lost.getString("txHash") == null ? "refused at estimation" : "mined and reverted");
    assertTrue(blocks >= 1 && seconds < deployment.config().challengeWindow(),
        "well inside the window: " + blocks + " blocks, " + seconds + " s");
    return won;
  }

  @Test
  void lyingBatches_areProvenInsideTheWindow_racingVerifierStandsDown_andHonestBatchesContinue()
      throws Exception {
    deploy(AnvilOptions.defaults(dir.resolve("logs")).withBlockTime(1));
    BigInteger aKey = anvil.devKey(1);
    BigInteger bKey = anvil.devKey(2);
    RpcClient a = startVerifier("verifier-a", aKey);
    RpcClient b = startVerifier("verifier-b", bKey);
    deposit(ALICE, ETHER.multiply(BigInteger.TEN));
    post(List.of(new BatchEntry.QueueRef(0), transferEntry(ALICE_KEY, 0, BOB, ETHER)), -1);
    await("batch 0 verified", () -> status(a).getLong("batchesVerified") == 1
        && status(b).getLong("batchesVerified") == 1);

    proveLie("ETH transfer", List.of(transferEntry(ALICE_KEY, 1, BOB, ETHER),
        transferEntry(ALICE_KEY, 2, CAROL, ETHER)), 1, a, TxSigner.address(aKey), b,
        TxSigner.address(bKey), 1);
    long toBob = deposit(BOB, ETHER);
    proveLie("ETH deposit (entry 0)", List.of(new BatchEntry.QueueRef(toBob),
        transferEntry(ALICE_KEY, 1, BOB, ETHER)), 0, a, TxSigner.address(aKey), b,
        TxSigner.address(bKey), 2);
    proveLie("ETH withdrawal", List.of(new BatchEntry.QueueRef(toBob),
        TestChain.ethWithdrawalEntry(ALICE_KEY, 1, CAROL, ETHER)), 1, a, TxSigner.address(aKey), b,
        TxSigner.address(bKey), 3);

    rollup.bond(poster, ETHER);
    List<BatchEntry> good = List.of(new BatchEntry.QueueRef(toBob),
        transferEntry(ALICE_KEY, 1, CAROL, BigInteger.TWO));
    post(good, -1);
    await("the honest batch 1 verified by both", () -> status(a).getLong("batchesVerified") == 2
        && status(b).getLong("batchesVerified") == 2);
    for (RpcClient v : List.of(a, b)) {
      JsonObject s = status(v);
      assertTrue(s.getBoolean("agree"));
      assertNull(s.getValue("disagreement"));
      assertEquals(honest.root().toHex(), s.getString("stateRoot"));
      assertEquals("0x2", v.call("eth_getBalance", CAROL.toHex(), "latest"));
    }
    assertEquals(honest.root(), rollup.lastPostStateRoot());
    assertNull(fatal.get());
  }

  @Test
  void proofThatCouldNotBeSent_isSentByTheRestartedVerifier() throws Exception {
    deploy(AnvilOptions.defaults(dir.resolve("logs")));
    BigInteger key = new BigInteger("c4a11e6e4", 16); // no ETH yet: its sends fail
    Address challenger = TxSigner.address(key);
    deposit(ALICE, ETHER.multiply(BigInteger.TEN));
    post(List.of(new BatchEntry.QueueRef(0), transferEntry(ALICE_KEY, 0, BOB, ETHER)), -1);
    post(List.of(transferEntry(ALICE_KEY, 1, BOB, ETHER), transferEntry(ALICE_KEY, 2, BOB, ETHER)), 1);
    RpcClient first = startVerifier("verifier", key);
    await("a pending proof", () -> proofs(first).size() == 1);
    Thread.sleep(500); // a few sends fail meanwhile
    assertEquals("pending", proofs(first).getJsonObject(0).getString("status"));
    assertEquals(2, rollup.batchCount());
    verifiers.remove(0).close();

    poster.send(TxRequest.transfer(challenger, ETHER));
    RpcClient again = startVerifier("verifier", key);

    await("the proof included", () -> "included".equals(
        proofs(again).getJsonObject(0).getString("status")));
    assertEquals(1, rollup.batchCount());
    assertEquals(1, status(again).getLong("batchesVerified"), "progress survived the restart");
    assertEquals(1, verifiers.get(0).verifier().batchesReplayed(), "only the disputed batch again");
    assertNull(fatal.get());
  }
}
