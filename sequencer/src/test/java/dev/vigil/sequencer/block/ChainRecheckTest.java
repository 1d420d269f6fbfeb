package dev.vigil.sequencer.block;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.BOB_KEY;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.PARAMS;
import static dev.vigil.sequencer.block.TestChain.transfer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.sequencer.mempool.Admission;
import dev.vigil.sequencer.mempool.AdmittedTx;
import dev.vigil.sequencer.mempool.Submission;
import dev.vigil.sequencer.withdrawal.WithdrawalIndex;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After a revert the local chain is executed again; a lie in it is found and rebuilt away. */
class ChainRecheckTest {
  private final TestChain t = new TestChain();
  private BlockBuilder builder;

  /** Block 1: deposits to Alice (10 ETH) and Bob (1 ETH); block 2: Alice sends Bob 1 ETH. */
  @BeforeEach
  void twoHonestBlocks() throws Exception {
    t.deposit(ALICE, ETHER.multiply(BigInteger.TEN));
    t.deposit(BOB, ETHER);
    t.seal();
    t.submit(transfer(ALICE_KEY, 0, BOB, ETHER));
    t.seal();
    builder = t.builder;
  }

  @AfterEach
  void close() {
    if (builder != t.builder) {
      builder.close();
    }
    t.close();
  }

  /** Submits {@code raw} to the current builder; completes once sealed. */
  private CompletableFuture<Submission> submit(Bytes raw) {
    AdmittedTx tx = (AdmittedTx) new Admission(builder::isKnown).screen(raw);
    return builder.submit(tx);
  }

  private static void assertIncluded(CompletableFuture<Submission> f) throws Exception {
    assertInstanceOf(Submission.Included.class, f.get(5, TimeUnit.SECONDS));
  }

  private L2Block seal() throws Exception {
    return builder.seal().get(5, TimeUnit.SECONDS).orElseThrow();
  }

  @Test
  void anHonestChain_isLeftAsItIs() throws Exception {
    L2Block head = t.chain.head().block();
    assertEquals(Optional.empty(), builder.recheckAfter(0).get(5, TimeUnit.SECONDS));
    assertEquals(head, t.chain.head().block());
    assertEquals(head, t.store.block(2).orElseThrow());
  }

  @Test
  void theOpenBlockIsSealedFirst_andCheckedToo() throws Exception {
    var included = submit(transfer(ALICE_KEY, 1, BOB, BigInteger.ONE));
    assertEquals(Optional.empty(), builder.recheckAfter(2).get(5, TimeUnit.SECONDS));
    assertIncluded(included);
    assertEquals(3, t.store.head());
  }

  @Test
  void aLieInTheLocalChain_isRebuiltFromTheLastGoodBlock_droppingWhatOnlyTheLieAllowed() throws Exception {
    // Block 3 claims Bob got 2 ETH for Alice's 1 ETH; block 4 spends money only the lie gave him.
    Bytes aliceToBob = transfer(ALICE_KEY, 1, BOB, ETHER);
    StateTree good = t.chain.stateAt(2).orElseThrow();
    StateTree honest3 = Stf.applyTx(good, aliceToBob, PARAMS).post();
    Account bob = Account.fromWord(honest3.get(StateKeys.account(BOB)));
    StateTree lied3 = honest3.set(StateKeys.account(BOB), new Account(bob.nonce(), bob.balance().add(ETHER)).toWord());
    L2Block block3 = L2Block.seal(t.store.block(2).orElseThrow(), t.clock.get(),
        List.of(new BlockEntry.Tx(aliceToBob, ALICE, 1, 21_000, lied3.root())));
    t.store.append(block3, List.of());
    t.chain.sealed(block3, lied3);
    builder = new BlockBuilder(t.store, PARAMS, t.chain, t.withdrawals, BlockLimits.of(512), t.clock::get);

    Bytes bobSpendsTheLie = transfer(BOB_KEY, 0, ALICE, ETHER.multiply(BigInteger.valueOf(3)));
    Bytes aliceAgain = transfer(ALICE_KEY, 2, BOB, BigInteger.ONE);
    var spent = submit(bobSpendsTheLie);
    var again = submit(aliceAgain);
    assertEquals(4, seal().number());
    assertIncluded(spent);
    assertIncluded(again);

    ChainAudit.Lie lie = builder.recheckAfter(2).get(5, TimeUnit.SECONDS).orElseThrow();
    assertEquals(3, lie.block());
    assertEquals(0, lie.entry());
    assertEquals(lied3.root(), lie.storedRoot());
    assertEquals(honest3.root(), lie.computedRoot());

    StateTree honest4 = Stf.applyTx(honest3, aliceAgain, PARAMS).post();
    assertEquals(4, t.store.head());
    assertEquals(honest3.root(), t.store.block(3).orElseThrow().stateRoot());
    assertEquals(1, t.store.block(4).orElseThrow().entries().size());
    assertEquals(honest4.root(), t.chain.head().tree().root());
    assertTrue(t.store.tx(Keccak.hash(bobSpendsTheLie)).isEmpty(), "the transaction only the lie allowed is gone");
    assertEquals(4, t.store.tx(Keccak.hash(aliceAgain)).orElseThrow().blockNumber());
    assertEquals(Optional.empty(), builder.recheckAfter(2).get(5, TimeUnit.SECONDS), "honest now");
    assertEquals(4, new ChainReplay(PARAMS, new ChainState(), new WithdrawalIndex()).replay(t.store),
        "the rewritten store replays");

    var later = submit(transfer(ALICE_KEY, 3, BOB, BigInteger.ONE));
    L2Block next = seal();
    assertIncluded(later);
    assertEquals(5, next.number());
    assertEquals(t.store.block(4).orElseThrow().hash(), next.parentHash());
  }
}
