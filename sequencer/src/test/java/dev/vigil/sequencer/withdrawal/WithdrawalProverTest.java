package dev.vigil.sequencer.withdrawal;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.CHAIN_ID;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.GWEI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.batch.BatchInfo;
import dev.vigil.sequencer.batch.RollupSnapshot;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.block.WithdrawalCall;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WithdrawalProverTest {
  private static final Address L2_BRIDGE = Address.fromHex("0x000000000000000000000000000000000000b1d9");
  private static final Address TOKEN = Address.fromHex("0x00000000000000000000000000000000000070c0");
  private static final long WINDOW = 20;
  private final TestChain t = new TestChain();
  private final WithdrawalProver prover = new WithdrawalProver(t.withdrawals, t.chain);

  @AfterEach
  void close() {
    t.close();
  }

  private static BatchInfo batch(long index, long first, L2Block last, long appendedAt) {
    return new BatchInfo(index, Bytes32.ZERO, Bytes32.fromLong(1), Bytes32.fromLong(2),
        last.stateRoot(), 0, 1, first, last.number(), appendedAt, 1);
  }

  /** Block 1: deposits; block 2: an ETH and a token withdrawal; block 3: a transfer. */
  private List<L2Block> blocks() throws Exception {
    t.deposit(ALICE, ETHER);
    t.enqueue(new QueueItem.TokenDeposit(TOKEN, ALICE, BigInteger.valueOf(500)));
    L2Block b1 = t.seal();
    t.submit(TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 0, GWEI, 60_000, L2_BRIDGE,
        BigInteger.valueOf(123), WithdrawalCall.withdrawEth(BOB)));
    t.submit(TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 1, GWEI, 80_000, L2_BRIDGE,
        BigInteger.ZERO, WithdrawalCall.withdrawToken(TOKEN, BOB, BigInteger.valueOf(200))));
    L2Block b2 = t.seal();
    t.submit(TestChain.transfer(ALICE_KEY, 2, BOB, BigInteger.ONE));
    L2Block b3 = t.seal();
    return List.of(b1, b2, b3);
  }

  private WithdrawalProof proven(long index, RollupSnapshot l1) {
    WithdrawalProver.Result r = prover.prove(index, l1);
    return assertInstanceOf(WithdrawalProver.Result.Proven.class, r, r.toString()).proof();
  }

  @Test
  void proof_verifiesAgainstTheBatchPostStateRoot() throws Exception {
    List<L2Block> b = blocks();
    RollupSnapshot l1 = new RollupSnapshot(List.of(batch(0, 1, b.get(2), 1000)), 50, 1005, 2, WINDOW);
    WithdrawalProof eth = proven(0, l1);
    assertEquals(new Withdrawal(0, Withdrawal.ETH, BOB, BigInteger.valueOf(123)), eth.withdrawal());
    assertEquals(2, eth.l2Block());
    assertEquals(0, eth.batchIndex());
    assertEquals(b.get(2).stateRoot(), eth.stateRoot());
    assertFalse(eth.finalized());
    Withdrawal w = eth.withdrawal();
    assertTrue(StateTree.verify(eth.stateRoot(), w.leafKey(), w.leafValue(), eth.siblings()));

    WithdrawalProof token = proven(1, l1);
    assertEquals(new Withdrawal(1, TOKEN, BOB, BigInteger.valueOf(200)), token.withdrawal());
    Withdrawal tw = token.withdrawal();
    assertTrue(StateTree.verify(token.stateRoot(), tw.leafKey(), tw.leafValue(), token.siblings()));
  }

  @Test
  void newestFinalizedBatchHoldingIt_winsOverNewerPostedOnes() throws Exception {
    List<L2Block> b = blocks();
    RollupSnapshot l1 = new RollupSnapshot(List.of(batch(0, 1, b.get(1), 1000),
        batch(1, 3, b.get(2), 1030)), 50, 1030, 2, WINDOW);
    WithdrawalProof p = proven(0, l1);
    assertEquals(0, p.batchIndex());
    assertTrue(p.finalized());
    assertEquals(b.get(1).stateRoot(), p.stateRoot());
  }

  @Test
  void finalizedBatchBeforeTheWithdrawal_fallsBackToTheNewestPosted() throws Exception {
    List<L2Block> b = blocks();
    RollupSnapshot l1 = new RollupSnapshot(List.of(batch(0, 1, b.get(0), 1000),
        batch(1, 2, b.get(2), 1030)), 50, 1030, 2, WINDOW);
    WithdrawalProof p = proven(0, l1);
    assertEquals(1, p.batchIndex());
    assertFalse(p.finalized());
  }

  @Test
  void notYetPosted_orUnknown_isUnavailable() throws Exception {
    List<L2Block> b = blocks();
    RollupSnapshot l1 = new RollupSnapshot(List.of(batch(0, 1, b.get(0), 1000)), 50, 1030, 2, WINDOW);
    assertInstanceOf(WithdrawalProver.Result.Unavailable.class, prover.prove(0, l1));
    assertInstanceOf(WithdrawalProver.Result.Unavailable.class, prover.prove(7, l1));
  }

  @Test
  void l1RootDifferentFromTheLocalState_isUnavailable() throws Exception {
    List<L2Block> b = blocks();
    BatchInfo lie = new BatchInfo(0, Bytes32.ZERO, Bytes32.ZERO, Bytes32.ZERO, Bytes32.fromLong(9),
        0, 1, 1, b.get(2).number(), 1000, 5);
    RollupSnapshot l1 = new RollupSnapshot(List.of(lie), 50, 1030, 2, WINDOW);
    WithdrawalProver.Result r = prover.prove(0, l1);
    assertTrue(((WithdrawalProver.Result.Unavailable) r).reason().contains("post-state root"));
  }
}
