package dev.vigil.verifier.fraud;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.BOB_KEY;
import static dev.vigil.verifier.TestChain.CAROL;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.GWEI;
import static dev.vigil.verifier.TestChain.PARAMS;
import static dev.vigil.verifier.TestChain.TOKEN;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.fraud.FraudProof;
import dev.vigil.protocol.fraud.WitnessBuilder;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.verifier.TestChain;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ProofSolverTest {
  private final Disputes disputes = new Disputes();
  private final ProofSolver solver = new ProofSolver(PARAMS);

  @AfterEach
  void close() {
    disputes.close();
  }

  /** Alice's first transaction, then the entry under test at index 1 (whose root is the lie). */
  static Stream<Arguments> entryKinds() {
    return Stream.of(
        row("ETH transfer", 4, d -> transferEntry(ALICE_KEY, 1, BOB, ETHER)),
        row("token transfer", 4,
            d -> TestChain.tokenTransferEntry(ALICE_KEY, 1, TOKEN, CAROL, BigInteger.TEN)),
        row("token transfer above the balance (status 0)", 3,
            d -> TestChain.tokenTransferEntry(ALICE_KEY, 1, TOKEN, CAROL, BigInteger.valueOf(5_000))),
        row("ETH withdrawal", 5, d -> TestChain.ethWithdrawalEntry(ALICE_KEY, 1, CAROL, ETHER)),
        row("token withdrawal", 5,
            d -> TestChain.tokenWithdrawalEntry(ALICE_KEY, 1, TOKEN, CAROL, BigInteger.ONE)),
        row("unsupported (contract creation)", 2, d -> new BatchEntry.Tx(TxSigner.signEip1559(
            ALICE_KEY, PARAMS.chainId(), 1, BigInteger.ZERO, GWEI, 21_000, Optional.empty(), BigInteger.ZERO,
            Bytes.fromHex("0x6000")))),
        row("nonce too high (no-op, one witness)", 1, d -> transferEntry(ALICE_KEY, 7, BOB, ETHER)),
        row("wrong chain id (no-op, no witness)", 0, d -> new BatchEntry.Tx(TxSigner.signEip1559(
            ALICE_KEY, 1, 1, BigInteger.ZERO, GWEI, 21_000, BOB, BigInteger.ONE, Bytes.EMPTY))),
        row("malformed bytes (no-op)", 0, d -> new BatchEntry.Tx(Bytes.fromHex("0xc0ffee"))),
        row("compact ETH transfer", 4, d -> BatchEntry.Tx.of(
            TestChain.transfer(ALICE_KEY, 1, BOB, ETHER), PARAMS.chainId())),
        row("compact token transfer", 4, d -> BatchEntry.Tx.of(((BatchEntry.Tx) TestChain.tokenTransferEntry(
            ALICE_KEY, 1, TOKEN, CAROL, BigInteger.TEN)).raw(), PARAMS.chainId())),
        row("compact bytes that do not expand (no-op)", 0,
            d -> BatchEntry.Tx.fromCompact(Bytes.fromHex("0xff"), PARAMS.chainId())),
        row("ETH deposit from the queue", 1, d -> new BatchEntry.QueueRef(
            d.enqueue(new QueueItem.EthDeposit(BOB, ETHER)))),
        row("token deposit from the queue", 1, d -> new BatchEntry.QueueRef(
            d.enqueue(new QueueItem.TokenDeposit(TOKEN, BOB, BigInteger.TWO)))),
        row("forced transaction from the queue", 4, d -> new BatchEntry.QueueRef(d.enqueue(
            new QueueItem.ForcedTx(TestChain.transfer(ALICE_KEY, 1, CAROL, BigInteger.ONE))))));
  }

  private static Arguments row(String name, int witnesses, Function<Disputes, BatchEntry> entry) {
    return Arguments.of(name, witnesses, entry);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryKinds")
  void proofOfAWrongRoot_verifiesWithTheJavaFraudCheck_andComputesTheVerifiersRoot(
      String name, int witnessCount, Function<Disputes, BatchEntry> make) {
    List<BatchEntry> entries = List.of(transferEntry(ALICE_KEY, 0, BOB, ETHER), make.apply(disputes),
        transferEntry(BOB_KEY, 0, CAROL, BigInteger.ONE));
    Dispute d = disputes.batch1(entries, 1);

    FraudProof proof = solver.solve(d.fraud());

    FraudCheck.Verdict verdict = check(proof, d, disputes.funded.root());
    assertTrue(verdict.proven(), name + ": " + verdict.error());
    assertEquals(d.fraud().computedRoot(), verdict.computedRoot());
    assertNotEquals(proof.postRoot(), verdict.computedRoot());
    assertEquals(Disputes.LIE, proof.postRoot());
    assertEquals(d.fraud().preStateRoot(), proof.preRoot());
    assertEquals(witnessCount, FraudCheck.parse(proof.witnesses()).size(), "spec 6.3 access count");
    assertEquals(1, proof.batchIndex());
    assertEquals(1, proof.entryIndex());
    if (entries.get(1) instanceof BatchEntry.Tx t) {
      assertEquals(t.leafPreimage(), proof.entry(), "6.1's entry");
    }
  }

  @Test
  void entryZero_provesFromThePreviousBatchsPostRoot_withAnEmptyPrePath() {
    Dispute d = disputes.batch1(List.of(transferEntry(ALICE_KEY, 0, BOB, ETHER),
        transferEntry(ALICE_KEY, 1, BOB, ETHER)), 0);

    FraudProof proof = solver.solve(d.fraud());

    assertEquals(0, proof.entryIndex());
    assertEquals(disputes.funded.root(), proof.preRoot());
    assertEquals(List.of(), proof.prePath());
    assertTrue(check(proof, d, disputes.funded.root()).proven());
    // The contract derives root_0 itself: a different previous root is refused.
    assertEquals("RootPathInvalid", check(proof, d, Bytes32.fromLong(1)).error());
  }

  @Test
  void firstBatch_entryZero_provesFromTheEmptyRoot() {
    List<BatchEntry> entries = List.of(new BatchEntry.QueueRef(0), new BatchEntry.QueueRef(1));
    Dispute d = disputes.dispute(0, StateTree.empty(), entries, 0, 5);

    FraudProof proof = solver.solve(d.fraud());

    assertEquals(Bytes32.ZERO, proof.preRoot());
    assertTrue(check(proof, d, Bytes32.ZERO).proven());
    assertEquals(FraudProof.queueEntry(0, disputes.queue.get(0L)), proof.entry());
  }

  @Test
  void lastEntryOfAnOddSizedBatch_hasPathsThroughThePadding() {
    List<BatchEntry> entries = List.of(transferEntry(ALICE_KEY, 0, BOB, ETHER),
        transferEntry(ALICE_KEY, 1, BOB, ETHER), transferEntry(ALICE_KEY, 2, BOB, ETHER),
        transferEntry(ALICE_KEY, 3, BOB, ETHER), transferEntry(ALICE_KEY, 4, CAROL, ETHER));
    Dispute d = disputes.batch1(entries, 4);

    FraudProof proof = solver.solve(d.fraud());

    assertEquals(3, proof.entryPath().size(), "5 leaves pad to 8");
    assertEquals(3, proof.prePath().size());
    assertTrue(check(proof, d, disputes.funded.root()).proven());
  }

  @Test
  void theJavaCheck_refusesATamperedProof() {
    Dispute d = disputes.batch1(List.of(transferEntry(ALICE_KEY, 0, BOB, ETHER),
        transferEntry(ALICE_KEY, 1, BOB, ETHER)), 1);
    FraudProof p = solver.solve(d.fraud());
    Bytes w = p.witnesses();
    Bytes flipped = Bytes.concat(w.slice(0, w.length() - 1),
        Bytes.of((byte) (w.getUnsigned(w.length() - 1) ^ 1)));

    assertEquals("WitnessInvalid", check(new FraudProof(p.batchIndex(), p.entryIndex(), p.entry(),
        p.entryPath(), p.preRoot(), p.prePath(), p.postRoot(), p.postPath(), flipped), d,
        disputes.funded.root()).error());
    assertEquals("WitnessInvalid", check(new FraudProof(p.batchIndex(), p.entryIndex(), p.entry(),
        p.entryPath(), p.preRoot(), p.prePath(), p.postRoot(), p.postPath(),
        Bytes.concat(w, Bytes.of((byte) 0, (byte) 0, (byte) 0))), d, disputes.funded.root()).error());
    assertEquals("EntryPathInvalid", check(new FraudProof(p.batchIndex(), 0, p.entry(),
        p.entryPath(), p.preRoot(), p.prePath(), p.postRoot(), p.postPath(), w), d,
        disputes.funded.root()).error());
    assertEquals("RootPathInvalid", check(new FraudProof(p.batchIndex(), p.entryIndex(), p.entry(),
        p.entryPath(), p.preRoot(), p.prePath(), p.preRoot(), p.postPath(), w), d,
        disputes.funded.root()).error());
  }

  @Test
  void theJavaCheck_answersNoFraudForAnHonestEntry() {
    List<BatchEntry> entries = List.of(transferEntry(ALICE_KEY, 0, BOB, ETHER));
    List<Bytes32> roots = TestChain.honestRoots(disputes.funded, entries, disputes.queue);
    Bytes raw = ((BatchEntry.Tx) entries.get(0)).raw();
    FraudProof honest = new FraudProof(1, 0, FraudProof.txEntry(raw), List.of(),
        disputes.funded.root(), List.of(), roots.get(0), List.of(),
        WitnessBuilder.transaction(disputes.funded, raw, PARAMS).encoded());

    FraudCheck.Verdict verdict = FraudCheck.check(honest, entries.get(0).leaf(),
        Merkle.root(roots), disputes.funded.root(), disputes.queue, PARAMS);

    assertEquals("NoFraud", verdict.error());
  }

  private FraudCheck.Verdict check(FraudProof proof, Dispute d, Bytes32 previousPostRoot) {
    return FraudCheck.check(proof, d.entriesRoot(), d.rootsRoot(), previousPostRoot,
        disputes.queue, PARAMS);
  }
}
