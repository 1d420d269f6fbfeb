package dev.vigil.sequencer.block;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.BOB_KEY;
import static dev.vigil.sequencer.block.TestChain.CHAIN_ID;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.GWEI;
import static dev.vigil.sequencer.block.TestChain.transfer;
import static dev.vigil.sequencer.block.TestChain.transfer1559;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.CompactTx;
import dev.vigil.protocol.batch.BlockHash;
import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.sequencer.mempool.Submission;
import dev.vigil.sequencer.storage.TxRecord;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BlockBuilderTest {
  private final TestChain t = new TestChain();

  @AfterEach
  void close() {
    t.close();
  }

  private static Account account(StateTree state, Address a) {
    return Account.fromWord(state.get(StateKeys.account(a)));
  }

  @Test
  void depositThenTransfer_isSealedInArrivalOrderWithPerEntryRoots() throws Exception {
    t.deposit(ALICE, ETHER);
    CompletableFuture<Submission> sent = t.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.TEN));
    L2Block block = t.seal();

    assertEquals(1, block.number());
    assertEquals(2, block.entries().size());
    assertInstanceOf(BlockEntry.Queued.class, block.entries().get(0));
    BlockEntry.Tx tx = (BlockEntry.Tx) block.entries().get(1);
    assertEquals(ALICE, tx.sender());
    assertEquals(1, tx.status());
    assertEquals(21_000, tx.gasUsed());
    Submission.Included in = (Submission.Included) sent.get(5, TimeUnit.SECONDS);
    assertEquals(tx.hash(), in.hash());
    assertEquals(1, in.blockNumber());

    StateTree head = t.chain.head().tree();
    assertEquals(BigInteger.TEN, account(head, BOB).balance());
    BigInteger fee = GWEI.multiply(BigInteger.valueOf(21_000));
    assertEquals(ETHER.subtract(BigInteger.TEN).subtract(fee), account(head, ALICE).balance());
    assertEquals(fee, account(head, TestChain.FEES).balance());
    assertEquals(head.root(), block.stateRoot());
    assertEquals(block.roots().get(1), block.stateRoot());
    assertTrue(!block.roots().get(0).equals(block.roots().get(1)));
  }

  @Test
  void blockHash_followsTheSpecFormula() throws Exception {
    t.deposit(ALICE, ETHER);
    L2Block first = t.seal();
    t.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.ONE));
    L2Block second = t.seal();

    assertEquals(BlockHash.compute(Bytes32.ZERO, 1, first.timestamp(), first.stateRoot(),
        first.entriesRoot()), first.hash());
    assertEquals(first.hash(), second.parentHash());
    assertEquals(BlockHash.compute(first.hash(), 2, second.timestamp(), second.stateRoot(),
        second.entriesRoot()), second.hash());
    // a transfer goes compact (docs/protocol.md 3.5): its leaf hashes 0x02 and the compact bytes
    Bytes compact = CompactTx.compact(second.transactions().get(0).raw(), CHAIN_ID).orElseThrow();
    Bytes32 txLeaf = Keccak.hash(Bytes.concat(Bytes.of((byte) 2), compact));
    assertEquals(txLeaf, second.entriesRoot());
  }

  @Test
  void pendingNonce_countsTheOpenBlock_latestOnlySealedOnes() throws Exception {
    t.deposit(ALICE, ETHER);
    t.seal();
    t.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.ONE));
    t.submit(transfer1559(ALICE_KEY, 1, BOB, BigInteger.ONE));
    t.seal();
    assertEquals(2, account(t.chain.head().tree(), ALICE).nonce());

    t.submit(transfer(ALICE_KEY, 2, BOB, BigInteger.ONE));
    waitForPending(3);
    assertEquals(3, account(t.chain.pending(), ALICE).nonce());
    assertEquals(2, account(t.chain.head().tree(), ALICE).nonce());
  }

  private void waitForPending(long nonce) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (account(t.chain.pending(), ALICE).nonce() != nonce) {
      assertTrue(System.nanoTime() < deadline, "pending nonce never reached " + nonce);
      Thread.sleep(2);
    }
  }

  @Test
  void refusals_haveGethTextsAndChangeNothing() throws Exception {
    t.deposit(ALICE, ETHER);
    t.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.ONE));
    t.seal();
    Bytes32 root = t.chain.pending().root();

    assertEquals("nonce too low", t.refusal(transfer(ALICE_KEY, 0, BOB, BigInteger.TWO)));
    assertEquals("nonce too high", t.refusal(transfer(ALICE_KEY, 2, BOB, BigInteger.ONE)));
    assertEquals("insufficient funds for gas * price + value",
        t.refusal(transfer(ALICE_KEY, 1, BOB, ETHER)));
    assertEquals("insufficient funds for gas * price + value",
        t.refusal(transfer(BOB_KEY, 0, ALICE, BigInteger.ZERO)));
    assertEquals("invalid chain id", t.refusal(
        TxSigner.signLegacy(ALICE_KEY, CHAIN_ID + 1, 1, GWEI, 21_000, BOB, BigInteger.ONE, Bytes.EMPTY)));
    assertEquals("intrinsic gas too low", t.refusal(
        TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 1, GWEI, 20_999, BOB, BigInteger.ONE, Bytes.EMPTY)));
    assertEquals("transaction underpriced", t.refusal(TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 1,
        GWEI.subtract(BigInteger.ONE), 21_000, BOB, BigInteger.ONE, Bytes.EMPTY)));
    assertEquals("max fee per gas less than block base fee", t.refusal(TxSigner.signEip1559(ALICE_KEY,
        CHAIN_ID, 1, BigInteger.ZERO, GWEI.subtract(BigInteger.ONE), 21_000, BOB, BigInteger.ONE, Bytes.EMPTY)));

    assertEquals(root, t.chain.pending().root());
    assertNull(t.seal(), "refused transactions never make a block");
  }

  @Test
  void sameBytesTwice_isAlreadyKnown_pendingAndSealed() throws Exception {
    t.deposit(ALICE, ETHER);
    Bytes raw = transfer(ALICE_KEY, 0, BOB, BigInteger.ONE);
    CompletableFuture<Submission> first = t.submit(raw);
    assertEquals("already known", t.refusal(raw));
    t.seal();
    assertInstanceOf(Submission.Included.class, first.get(5, TimeUnit.SECONDS));
    assertEquals("already known", t.refusal(raw));
  }

  @Test
  void emptyOpenBlock_isNotSealed_andTimestampsNeverGoBack() throws Exception {
    assertNull(t.seal());
    t.deposit(ALICE, ETHER);
    L2Block first = t.seal();
    assertEquals(t.clock.get(), first.timestamp());
    t.clock.addAndGet(-100);
    t.deposit(BOB, ETHER);
    L2Block second = t.seal();
    assertEquals(first.timestamp(), second.timestamp());
  }

  @Test
  void started_sealsAsSoonAsIdle_withoutWaitingForTheBlockTime() throws Exception {
    t.deposit(ALICE, ETHER);
    t.seal();
    // The first timed seal would come after a minute: only idle sealing answers within seconds.
    t.builder.start(60_000);
    CompletableFuture<Submission> sent = t.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.ONE));
    Submission.Included in = (Submission.Included) sent.get(10, TimeUnit.SECONDS);
    assertEquals(2, in.blockNumber());
    assertEquals(2, t.store.head());
    assertEquals(1, account(t.chain.head().tree(), ALICE).nonce());
  }

  @Test
  void fullBlock_isSealedBeforeTheNextEntry() throws Exception {
    BlockLimits twoEntries = new BlockLimits(2, ProtocolLimits.MAX_BATCH_DATA);
    try (TestChain small = new TestChain(new MemoryKvStore(), twoEntries)) {
      small.deposit(ALICE, ETHER);
      CompletableFuture<Submission> a = small.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.ONE));
      CompletableFuture<Submission> b = small.submit(transfer(ALICE_KEY, 1, BOB, BigInteger.ONE));
      assertEquals(1, ((Submission.Included) a.get(5, TimeUnit.SECONDS)).blockNumber());
      L2Block second = small.seal();
      assertEquals(2, second.number());
      assertEquals(2, ((Submission.Included) b.get(5, TimeUnit.SECONDS)).blockNumber());
      assertEquals(1, second.queueStart());
    }
  }

  @Test
  void blockAtTheByteLimit_isSealedBeforeTheEntryThatWouldCrossIt() throws Exception {
    int limit = BatchCodec.headerSize(1) + BatchCodec.ENTRY_PREFIX_SIZE + ProtocolLimits.MAX_TX_SIZE;
    try (TestChain small = new TestChain(new MemoryKvStore(), new BlockLimits(512, limit))) {
      small.deposit(ALICE, ETHER);
      small.seal();
      List<CompletableFuture<Submission>> sent = new ArrayList<>();
      // 60 compact transfers of about 97 bytes each cross the limit of about 4 KB once
      for (int nonce = 0; nonce < 60; nonce++) {
        sent.add(small.submit(transfer(ALICE_KEY, nonce, BOB, BigInteger.ONE)));
      }
      small.seal();
      L2Block first = small.store.block(2).orElseThrow();
      int size = BatchCodec.headerSize(1);
      for (BlockEntry e : first.entries()) {
        size += e.encodedSize();
      }
      int next = small.store.block(3).orElseThrow().entries().get(0).encodedSize();
      assertTrue(size <= limit && size + next > limit, size + " + " + next + " vs " + limit);
      assertEquals(60, first.entries().size() + small.store.block(3).orElseThrow().entries().size());
      for (CompletableFuture<Submission> f : sent) {
        assertInstanceOf(Submission.Included.class, f.get(5, TimeUnit.SECONDS));
      }
    }
  }

  @Test
  void sealedTransactions_areIndexedWithReceiptFields() throws Exception {
    t.deposit(ALICE, ETHER);
    Bytes a = transfer(ALICE_KEY, 0, BOB, BigInteger.ONE);
    Bytes b = transfer1559(ALICE_KEY, 1, BOB, BigInteger.ONE);
    t.submit(a);
    t.submit(b);
    L2Block block = t.seal();

    TxRecord second = t.store.tx(Keccak.hash(b)).orElseThrow();
    assertEquals(block.number(), second.blockNumber());
    assertEquals(block.hash(), second.blockHash());
    assertEquals(2, second.entryIndex());
    assertEquals(1, second.txIndex());
    assertEquals(42_000, second.cumulativeGasUsed());
    assertEquals(block, t.store.block(1).orElseThrow());
    assertEquals(1, t.store.head());
    assertEquals(List.of(block.hash()), List.of(t.chain.head().block().hash()));
  }

  @Test
  void failedWrite_failsTheCallers_andTheStateReturnsToTheHead() throws Exception {
    FailingKvStore kv = new FailingKvStore();
    try (TestChain f = new TestChain(kv, BlockLimits.of(512))) {
      f.deposit(ALICE, ETHER);
      f.seal();
      Bytes32 head = f.chain.head().tree().root();
      kv.failCommits = true;
      Bytes raw = transfer(ALICE_KEY, 0, BOB, BigInteger.ONE);
      CompletableFuture<Submission> sent = f.submit(raw);
      f.deposit(BOB, ETHER);
      assertNull(f.seal());
      assertTrue(sent.isCompletedExceptionally());
      assertEquals(1, f.chain.head().block().number());

      kv.failCommits = false;
      assertEquals(head, f.chain.head().tree().root());
      CompletableFuture<Submission> again = f.submit(raw);
      f.seal();
      assertInstanceOf(Submission.Included.class, again.get(5, TimeUnit.SECONDS));
      L2Block next = f.store.block(2).orElseThrow();
      assertEquals(2, next.entries().size());
      assertEquals(1, ((BlockEntry.Queued) next.entries().get(0)).queueIndex());
      assertInstanceOf(BlockEntry.Tx.class, next.entries().get(1));
    }
  }
}
