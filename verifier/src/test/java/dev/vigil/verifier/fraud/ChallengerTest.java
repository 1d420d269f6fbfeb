package dev.vigil.verifier.fraud;

import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.PARAMS;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.verifier.FakeL1;
import dev.vigil.verifier.storage.VerifierStore;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ChallengerTest {
  private final Disputes disputes = new Disputes();
  private final FakeChallengeL1 l1 = new FakeChallengeL1();
  private final MemoryKvStore kv = new MemoryKvStore();
  private final Dispute dispute = disputes.batch1(List.of(transferEntry(ALICE_KEY, 0, BOB, ETHER),
      transferEntry(ALICE_KEY, 1, BOB, ETHER)), 1);
  private Challenger challenger;

  @AfterEach
  void close() {
    if (challenger != null) {
      challenger.close();
    }
    disputes.close();
    kv.close();
  }

  private Challenger start(Optional<ChallengeL1> to) {
    challenger = new Challenger(to, new ProofSolver(PARAMS), VerifierStore.open(kv, FakeL1.ROLLUP), 5);
    challenger.start();
    return challenger;
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met in 10 s");
      }
      Thread.sleep(5);
    }
  }

  @Test
  void dispute_returnsAtOnce_andAProofThatCouldNotBeSent_isSentWhenL1Answers() throws Exception {
    l1.append(dispute);
    l1.setDown(true);
    Challenger c = start(Optional.of(l1));

    c.dispute(dispute);
    await(() -> c.proofs().size() == 1);
    assertEquals(ProofStatus.PENDING, c.proofs().get(0).status());
    Thread.sleep(50); // several retries fail meanwhile
    l1.setDown(false);

    await(() -> c.proofs().get(0).status() == ProofStatus.INCLUDED);
    assertEquals(1, l1.submitted().size());
  }
}
