package dev.vigil.verifier.fraud;

import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.PARAMS;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.verifier.FakeL1;
import dev.vigil.verifier.storage.VerifierStore;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResponderTest {
  private final Disputes disputes = new Disputes();
  private final FakeChallengeL1 l1 = new FakeChallengeL1();
  private MemoryKvStore kv = new MemoryKvStore();
  private final Dispute dispute = disputes.batch1(List.of(transferEntry(ALICE_KEY, 0, BOB, ETHER),
      transferEntry(ALICE_KEY, 1, BOB, ETHER)), 1);

  @AfterEach
  void close() {
    disputes.close();
    kv.close();
  }

  private Responder responder() {
    return new Responder(l1, new ProofSolver(PARAMS), VerifierStore.open(kv, FakeL1.ROLLUP));
  }

  /** A new responder over the same store contents, as after a restart. */
  private Responder restart() {
    kv.close();
    kv = kv.reopen();
    return responder();
  }

  private static ProofRecord only(Responder r) {
    assertEquals(1, r.records().size(), r.records().toString());
    return r.records().get(0);
  }

  @Test
  void proofIsSentOnce_andRecordedIncluded_durably() {
    l1.append(dispute);
    Responder r = responder();

    assertFalse(r.respond(dispute));

    assertEquals(1, l1.submitted().size());
    assertEquals(1, l1.submitted().get(0).entryIndex());
    ProofRecord record = only(r);
    assertEquals(ProofStatus.INCLUDED, record.status());
    assertEquals(Optional.of(Keccak.hash(l1.submitted().get(0).calldata())), record.proofTx());
    assertEquals(150_000, record.gasUsed());
    assertEquals(List.of(record), restart().records());
  }

  @Test
  void disputeOfAnAlreadyProvenBatch_sendsNothingMore() {
    l1.append(dispute);
    responder().respond(dispute);

    Responder again = restart();
    assertFalse(again.respond(dispute));

    assertEquals(1, l1.submitted().size());
    assertEquals(ProofStatus.INCLUDED, only(again).status());
  }

  @Test
  void batchRevertedByAnotherChallengerBeforeSending_standsDown_withoutSending() {
    l1.append(dispute);
    l1.revertBy(FakeChallengeL1.OTHER, 1);
    Responder r = responder();

    assertFalse(r.respond(dispute));

    assertEquals(List.of(), l1.submitted());
    ProofRecord record = only(r);
    assertEquals(ProofStatus.STOOD_DOWN, record.status());
    assertTrue(record.detail().contains(FakeChallengeL1.OTHER.toChecksumHex()), record.detail());
  }

  @Test
  void lostRace_refusedAsBatchNotFound_standsDown_andIsNotRetried() {
    l1.append(dispute);
    Bytes32 ownTx = Bytes32.fromLong(42);
    l1.loseNextRaceTo(FakeChallengeL1.OTHER, ownTx);
    Responder r = responder();

    assertFalse(r.respond(dispute), "a lost race is final");

    assertEquals(1, l1.submitted().size());
    ProofRecord record = only(r);
    assertEquals(ProofStatus.STOOD_DOWN, record.status());
    assertEquals(Optional.of(ownTx), record.proofTx());
  }

  @Test
  void refusedAsBatchNotFound_whileTheOtherProofIsPending_waitsForItsInclusion_withoutResending() {
    l1.append(dispute);
    // Estimation on the pending state sees another challenger's proof that is not mined yet.
    l1.answer(new Submission.Refused("BatchNotFound", "BatchNotFound()", Optional.empty()));
    Responder r = responder();

    assertTrue(r.respond(dispute), "the batch is still on L1: look again later");
    assertEquals(ProofStatus.PENDING, only(r).status());

    l1.revertBy(FakeChallengeL1.OTHER, 1);
    assertFalse(r.respond(dispute));
    assertEquals(ProofStatus.STOOD_DOWN, only(r).status());
    assertEquals(1, l1.submitted().size());
  }

  @Test
  void refusedAsBatchNotFound_afterOurOwnEarlierProofLanded_isRecordedAsOurs() {
    l1.append(dispute);
    // An earlier run's transaction was mined after the crash; the resend loses to it.
    l1.loseNextRaceTo(FakeChallengeL1.ME, Bytes32.fromLong(43));
    Responder r = responder();

    r.respond(dispute);

    assertEquals(ProofStatus.INCLUDED, only(r).status());
    assertEquals(77_000, only(r).gasUsed());
  }

  @Test
  void unreachableL1_keepsTheProofPending_andAsksForARetry_thatThenSucceeds() {
    l1.append(dispute);
    l1.setDown(true);
    Responder r = responder();

    assertTrue(r.respond(dispute));
    assertEquals(ProofStatus.PENDING, only(r).status());

    l1.setDown(false);
    assertFalse(r.respond(dispute));
    assertEquals(ProofStatus.INCLUDED, only(r).status());
  }

  @Test
  void proofTheRollupRefusesForAnotherReason_isRecordedFailed_notRetried() {
    l1.append(dispute);
    l1.answer(new Submission.Refused("BatchAlreadyFinalized", "BatchAlreadyFinalized()",
        Optional.empty()));
    Responder r = responder();

    assertFalse(r.respond(dispute));

    ProofRecord record = only(r);
    assertEquals(ProofStatus.FAILED, record.status());
    assertTrue(record.detail().startsWith("the challenge window passed"), record.detail());
    assertEquals(1, l1.submitted().size());
  }

  @Test
  void restartWithAPendingProof_batchStillThere_waitsForTheDispute_thenResends() {
    l1.append(dispute);
    l1.setDown(true);
    responder().respond(dispute); // recorded pending, not sent
    l1.setDown(false);

    Responder r = restart();
    assertFalse(r.reconcile());
    assertEquals(ProofStatus.PENDING, only(r).status());
    assertEquals(List.of(), l1.submitted());

    r.respond(dispute); // derivation reaches the batch again
    assertEquals(ProofStatus.INCLUDED, only(r).status());
  }

  @Test
  void restartWithAPendingProof_batchRevertedMeanwhile_settlesWhoDidIt() {
    l1.append(dispute);
    l1.setDown(true);
    responder().respond(dispute);
    l1.setDown(false);
    l1.revertBy(FakeChallengeL1.ME, 1); // our transaction was mined after all

    Responder r = restart();
    assertFalse(r.reconcile());

    assertEquals(ProofStatus.INCLUDED, only(r).status());
    assertEquals(List.of(), l1.submitted());
  }

  @Test
  void restartWithAPendingProof_revertedByAnother_standsDown() {
    l1.append(dispute);
    l1.setDown(true);
    responder().respond(dispute);
    l1.setDown(false);
    l1.revertBy(FakeChallengeL1.OTHER, 0); // a proof against an earlier batch reverted ours too

    Responder r = restart();
    r.reconcile();

    assertEquals(ProofStatus.STOOD_DOWN, only(r).status());
  }
}
