package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.DevnetOptions;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.node.l1.BatchRecord;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * End to end, on one devnet whose sequencer lies on purpose ({@code --fault}) once per fault
 * kind, each lie a few batches after the previous one was dealt with: the bad batch lands on
 * L1, a verifier proves the fraud on L1 inside the window, the batch is reverted, the
 * sequencer's bond is slashed and the challenger paid, the sequencer posts the honest chain
 * again, both verifiers agree with it, and the users' balances are the honest ones.
 */
@Order(3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class FraudProofE2eTest {
  /** Ordered so that no lie can fire on the previous step's traffic (see each step). */
  static final String FAULTS = "deposit-twice@2,wrong-balance@5,deposit-skipped@8,"
      + "inflated-withdrawal@11,bad-signature@14,wrong-final-root@17";
  private static final Duration STEP = Duration.ofSeconds(90);

  private static Devnet devnet;
  private static JsonRpcClient l2;
  private static List<JsonRpcClient> verifiers;
  private static RollupContract rollup;
  private static BridgeContract bridge;
  private static FraudWatch watch;
  private static final Map<String, String> latencies = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    DevnetOptions o = E2e.options("fraud");
    devnet = new Devnet(FraudWatch.withIntervalMining(o, 1).withFaults(FAULTS));
    devnet.start();
    l2 = E2e.l2(devnet);
    verifiers = List.of(E2e.verifier(devnet, 1), E2e.verifier(devnet, 2));
    rollup = E2e.rollup(devnet);
    bridge = new BridgeContract(E2e.l1(devnet), devnet.deployment().bridge());
    watch = new FraudWatch(devnet, rollup);
  }

  @AfterAll
  static void stop() {
    if (devnet != null) {
      devnet.close();
    }
    System.out.println("fraud proof latency (bad batch's L1 inclusion -> proof's inclusion):");
    latencies.forEach((k, v) -> System.out.println("  " + k + ": " + v));
  }

  @Test
  @Order(1)
  void depositTwice_isProvenAndReverted_theRecipientHasItOnce() {
    Address to = E2e.freshAddress();
    List<BigInteger> sent = new ArrayList<>();
    proveAndRecover("deposit-twice", () -> sent.add(deposit(to, ETHER.multiply(BigInteger.TWO))));
    assertEverywhere(to, sum(sent));
  }

  @Test
  @Order(2)
  void wrongBalance_isProvenAndReverted_theRecipientHasExactlyWhatWasSent() {
    Address to = E2e.freshAddress();
    L2Wallet alice = E2e.wallet(devnet, 3);
    List<BigInteger> sent = new ArrayList<>();
    proveAndRecover("wrong-balance", () -> {
      alice.sendEth(to, ETHER);
      sent.add(ETHER);
    });
    assertEverywhere(to, sum(sent));
    assertEverywhere(alice.address(), alice.balance());
  }

  @Test
  @Order(3)
  void depositSkipped_isProvenAndReverted_theRecipientHasEveryDeposit() {
    Address to = E2e.freshAddress();
    List<BigInteger> sent = new ArrayList<>();
    proveAndRecover("deposit-skipped", () -> sent.add(deposit(to, ETHER)));
    assertEverywhere(to, sum(sent));
  }

  @Test
  @Order(4)
  void inflatedWithdrawal_isProvenAndReverted_theL1RootHoldsTheHonestAmount() {
    L2Wallet bob = E2e.wallet(devnet, 4);
    Address recipient = E2e.freshAddress();
    BigInteger amount = ETHER.divide(BigInteger.TEN);
    proveAndRecover("inflated-withdrawal", () -> bob.withdrawEth(recipient, amount));
    assertEverywhere(bob.address(), bob.balance());
    List<JsonNode> proofs = watch.withdrawalProofs(l2, recipient);
    assertFalse(proofs.isEmpty());
    for (JsonNode p : proofs) {
      assertEquals(amount, JsonRpcClient.parseQuantity(p.get("amount").asText()));
      BatchRecord batch = rollup.getBatch(p.get("batchIndex").asLong());
      assertEquals(batch.postStateRoot().toHex(), p.get("stateRoot").asText(), "proof against L1's root");
      Withdrawal w = new Withdrawal(p.get("index").asLong(), Withdrawal.ETH, recipient, amount);
      assertTrue(StateTree.verify(batch.postStateRoot(), w.leafKey(), w.leafValue(), siblings(p)),
          "the honest withdrawal leaf is in the root on L1");
    }
  }

  @Test
  @Order(5)
  void badSignature_isProvenAndReverted_nobodyIsRobbed() {
    L2Wallet carol = E2e.wallet(devnet, 5);
    Address to = E2e.freshAddress();
    proveAndRecover("bad-signature", () -> carol.sendEth(to, BigInteger.ONE));
    assertEverywhere(carol.address(), carol.balance());
    assertEverywhere(rollup.feeRecipient(), E2e.balance(l2, rollup.feeRecipient()));
    assertTrue(carol.balance().compareTo(ETHER.multiply(BigInteger.valueOf(90))) > 0,
        "the forged transfer of half the richest balance never happened");
  }

  @Test
  @Order(6)
  void wrongFinalRoot_isProvenAndReverted_theFeeRecipientIsNotOverpaid() {
    L2Wallet dave = E2e.wallet(devnet, 6);
    Address to = E2e.freshAddress();
    List<BigInteger> sent = new ArrayList<>();
    proveAndRecover("wrong-final-root", () -> {
      dave.sendEth(to, BigInteger.TEN);
      sent.add(BigInteger.TEN);
    });
    assertEverywhere(to, sum(sent));
    assertEverywhere(rollup.feeRecipient(), E2e.balance(l2, rollup.feeRecipient()));
  }

  /**
   * Sends {@code traffic} until the sequencer posts the lie {@code kind}, then checks the whole
   * story on L1 and on every node.
   */
  private static void proveAndRecover(String kind, Runnable traffic) {
    FraudWatch.Fault fault = watch.driveUntilFault(kind, traffic, STEP);
    RollupEvent.BatchAppended bad = watch.appended(fault.batch(), fault.l1Tx(), STEP);
    RollupEvent.BatchesReverted reverted = watch.revertedAfter(bad, STEP);
    assertEquals(fault.batch(), reverted.fromBatch(), kind + ": the bad batch and the later ones go");
    Set<Address> challengers = Set.of(DevAccount.of(1).address(), DevAccount.of(2).address());
    assertTrue(challengers.contains(reverted.challenger()), "a verifier proved it: " + reverted);
    FraudWatch.Slash slash = watch.slash(reverted);
    assertTrue(slash.bondBefore().compareTo(BigInteger.ZERO) > 0, "the sequencer was bonded");
    assertEquals(slash.bondBefore(), slash.slashed(), kind + ": the whole bond is slashed");
    assertEquals(BigInteger.ZERO, slash.bondAfter());
    assertEquals(slash.slashed().divide(BigInteger.TWO), slash.reward());
    assertEquals(slash.reward(), slash.challengerGain().add(slash.proofFee()),
        kind + ": the challenger is paid half the bond, minus only its own gas");
    long blocks = reverted.at().blockNumber() - bad.at().blockNumber();
    assertTrue(reverted.at().blockNumber() > bad.at().blockNumber());
    assertTrue(watch.l1SecondsBetween(bad, reverted) < devnet.options().windowSeconds(),
        "proven inside the window");
    latencies.put(kind, blocks + " L1 block(s), " + watch.l1SecondsBetween(bad, reverted)
        + " s of L1 time, " + watch.wallMillis(fault) + " ms from the sequencer's log line to the"
        + " challenger's; proof gas " + slash.proofGas());

    BatchRecord honest = watch.awaitHonestRepost(fault.batch(), l2, STEP);
    for (JsonRpcClient v : verifiers) {
      watch.awaitAgreement(v, fault.batch() + 1, STEP);
    }
    long[] safe = watch.sequencerRevertLine(fault.batch());
    assertTrue(safe[0] >= bad.lastBlock() && safe[1] == bad.firstBlock() - 1,
        kind + ": the sequencer's safe block went back from the bad batch to the one before: "
            + safe[0] + "->" + safe[1]);
    E2e.awaitTrue("the sequencer's safe block forward again", STEP,
        () -> l2.call("rollup_status").get("safeBlock").asLong() >= bad.lastBlock());
    assertEquals(honest.postStateRoot().toHex(),
        l2.call("eth_getBlockByNumber", "0x" + Long.toHexString(honest.lastBlock()), false)
            .get("stateRoot").asText(), kind + ": the re-posted batch is the sequencer's own chain");
  }

  /**
   * The honest {@code expected} balance of {@code a} on the sequencer (once it included every
   * deposit sent), then on both verifiers once they derived the sequencer's head from L1.
   */
  private static void assertEverywhere(Address a, BigInteger expected) {
    E2e.awaitTrue("the sequencer's balance of " + a + " is " + expected, STEP,
        () -> E2e.balance(l2, a).equals(expected));
    long head = E2e.quantity(l2.call("eth_blockNumber"));
    E2e.awaitTrue("L2 block " + head + " on L1", STEP, () -> rollup.lastBlock() >= head);
    for (JsonRpcClient v : verifiers) {
      E2e.awaitTrue("the verifier at L2 block " + head, STEP,
          () -> v.call("rollup_status").get("l2Block").asLong() >= head);
      assertEquals(expected, E2e.balance(v, a), url(v));
    }
  }

  private static String url(JsonRpcClient c) {
    return c.url().toString();
  }

  private static BigInteger deposit(Address to, BigInteger amount) {
    TxManager payer = E2e.l1Sender(devnet, 9);
    bridge.depositEth(payer, to, amount);
    return amount;
  }

  private static BigInteger sum(List<BigInteger> xs) {
    return xs.stream().reduce(BigInteger.ZERO, BigInteger::add);
  }

  private static List<Bytes32> siblings(JsonNode proof) {
    List<Bytes32> out = new ArrayList<>();
    proof.get("siblings").forEach(s -> out.add(Bytes32.fromHex(s.asText())));
    return out;
  }
}
