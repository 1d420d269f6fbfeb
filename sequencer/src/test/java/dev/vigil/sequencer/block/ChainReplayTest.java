package dev.vigil.sequencer.block;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.transfer;
import static dev.vigil.sequencer.block.TestChain.transfer1559;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.withdrawal.WithdrawalIndex;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainReplayTest {

  /** Three blocks: a deposit, two transfers, an ETH withdrawal. */
  private static List<L2Block> buildSomeBlocks(TestChain t) throws Exception {
    List<L2Block> blocks = new ArrayList<>();
    t.deposit(ALICE, ETHER);
    t.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.TEN));
    blocks.add(t.seal());
    t.submit(transfer1559(ALICE_KEY, 1, BOB, BigInteger.ONE));
    blocks.add(t.seal());
    t.submit(TxSigner.signLegacy(ALICE_KEY, TestChain.CHAIN_ID, 2, TestChain.GWEI, 60_000,
        Address.fromHex("0x000000000000000000000000000000000000b1d9"), BigInteger.TWO,
        WithdrawalCall.withdrawEth(BOB)));
    blocks.add(t.seal());
    return blocks;
  }

  @Test
  void restart_replaysTheStoredBlocksToTheSameRootsAndSnapshots() throws Exception {
    MemoryKvStore kv = new MemoryKvStore();
    List<L2Block> before;
    List<Bytes32> roots = new ArrayList<>();
    try (TestChain t = new TestChain(kv, BlockLimits.of(512))) {
      before = buildSomeBlocks(t);
      for (long n = 1; n <= 3; n++) {
        roots.add(t.chain.stateAt(n).orElseThrow().root());
      }
    }
    try (TestChain again = new TestChain(kv.reopen(), BlockLimits.of(512))) {
      assertEquals(before.get(2), again.chain.head().block());
      assertEquals(before.get(2).stateRoot(), again.chain.head().tree().root());
      for (long n = 1; n <= 3; n++) {
        assertEquals(roots.get((int) n - 1), again.chain.stateAt(n).orElseThrow().root());
      }
      assertEquals(1, again.chain.queueNext());
      Withdrawal w = again.withdrawals.get(0).orElseThrow().withdrawal();
      assertEquals(BigInteger.TWO, w.amount());
      assertEquals(3, again.withdrawals.get(0).orElseThrow().l2Block());
      // Sequencing continues on top of the replayed head.
      again.submit(transfer(ALICE_KEY, 3, BOB, BigInteger.ONE));
      L2Block fourth = again.seal();
      assertEquals(4, fourth.number());
      assertEquals(before.get(2).hash(), fourth.parentHash());
    }
  }

  @Test
  void replayUnderOtherParameters_isRefused() throws Exception {
    MemoryKvStore kv = new MemoryKvStore();
    try (TestChain t = new TestChain(kv, BlockLimits.of(512))) {
      buildSomeBlocks(t);
    }
    ChainParams otherFees = new ChainParams(TestChain.CHAIN_ID, TestChain.GWEI,
        Address.fromHex("0x0000000000000000000000000000000000000001"));
    ChainStore store = new ChainStore(kv.reopen());
    ChainReplay replay = new ChainReplay(otherFees, new ChainState(), new WithdrawalIndex());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> replay.replay(store));
    assertTrue(e.getMessage().startsWith("stored L2 block 1 "), e.getMessage());
  }

  @Test
  void retainFrom_dropsOlderSnapshotsButKeepsGenesis() throws Exception {
    try (TestChain t = new TestChain()) {
      buildSomeBlocks(t);
      t.chain.retainFrom(2);
      assertTrue(t.chain.stateAt(1).isEmpty());
      assertTrue(t.chain.stateAt(2).isPresent());
      assertEquals(StateTree.empty().root(), t.chain.stateAt(0).orElseThrow().root());
    }
  }
}
