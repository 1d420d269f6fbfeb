package dev.vigil.sequencer.fault;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.BOB_KEY;
import static dev.vigil.sequencer.block.TestChain.CHAIN_ID;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.FEES;
import static dev.vigil.sequencer.block.TestChain.GWEI;
import static dev.vigil.sequencer.block.TestChain.PARAMS;
import static dev.vigil.sequencer.block.TestChain.transfer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.Outcome;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.protocol.state.Validity;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.batch.BatchAssembler;
import dev.vigil.sequencer.batch.BatchPlan;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.block.WithdrawalCall;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each lie, checked the way a verifier sees it: the posted roots equal an honest replay of the
 * posted entries before the fault's entry and differ at it, and every root equals an
 * independently built lie followed by the honest execution of the later entries (so the fraud
 * is at exactly one entry).
 */
class FaultInjectorTest {
  static final Address L2_BRIDGE = Address.fromHex("0x000000000000000000000000000000000000b1d9");
  private static final BigInteger HALF = ETHER.shiftRight(1);

  private final TestChain t = new TestChain();
  private final FaultInjector injector = new FaultInjector(PARAMS);
  private final Map<Long, QueueItem> items = new HashMap<>();
  private BatchPlan honest;
  private List<L2Block> blocks;

  /** Entries: 0 deposit Alice, 1 deposit Bob, 2 Alice->Bob 2 ETH, 3 Bob withdraws 0.5 ETH, 4 Alice->Bob, 5 Bob->Alice. */
  @BeforeEach
  void sixEntriesInThreeBlocks() throws Exception {
    t.deposit(ALICE, ETHER.multiply(BigInteger.TEN));
    t.deposit(BOB, ETHER);
    t.seal();
    t.submit(transfer(ALICE_KEY, 0, BOB, ETHER.multiply(BigInteger.TWO)));
    t.submit(TxSigner.signLegacy(BOB_KEY, CHAIN_ID, 0, GWEI, 60_000, L2_BRIDGE, HALF,
        WithdrawalCall.withdrawEth(BOB)));
    t.seal();
    t.submit(transfer(ALICE_KEY, 1, BOB, BigInteger.ONE));
    t.submit(transfer(BOB_KEY, 1, ALICE, ETHER.divide(BigInteger.TEN)));
    t.seal();
    blocks = List.of(block(1), block(2), block(3));
    for (L2Block b : blocks) {
      for (BlockEntry e : b.entries()) {
        if (e instanceof BlockEntry.Queued q) {
          items.put(q.queueIndex(), q.item());
        }
      }
    }
    honest = new BatchAssembler(512, ProtocolLimits.MAX_BATCH_DATA)
        .assemble(1, 3, n -> block(n)).orElseThrow();
    assertEquals(6, honest.entryCount());
  }

  @AfterEach
  void close() {
    t.close();
  }

  private L2Block block(long n) {
    return t.store.block(n).orElseThrow();
  }

  private Injection inject(FaultKind kind) {
    return injector.inject(new Fault(kind, 0), honest, blocks, StateTree.empty()).orElseThrow();
  }

  @Test
  void wrongBalance_creditsTheFirstTransfersRecipientTooMuch() throws Exception {
    Injection i = inject(FaultKind.WRONG_BALANCE);
    assertLieAt(i, 2, post -> addEth(post, BOB));
  }

  @Test
  void depositTwice_creditsTheFirstDepositTwice() throws Exception {
    Injection i = inject(FaultKind.DEPOSIT_TWICE);
    assertLieAt(i, 0, post -> Stf.applyQueueItem(post, items.get(0L), PARAMS).post());
  }

  @Test
  void depositSkipped_claimsTheFirstDepositChangedNothing() throws Exception {
    Injection i = inject(FaultKind.DEPOSIT_SKIPPED);
    assertLieAt(i, 0, post -> StateTree.empty());
  }

  @Test
  void inflatedWithdrawal_recordsTenTimesTheAmount() throws Exception {
    Injection i = inject(FaultKind.INFLATED_WITHDRAWAL);
    Withdrawal inflated = new Withdrawal(0, Withdrawal.ETH, BOB, HALF.multiply(BigInteger.TEN));
    assertLieAt(i, 3, post -> post.set(inflated.leafKey(), inflated.leafValue()));
  }

  @Test
  void wrongFinalRoot_liesOnlyInTheLastRoot() throws Exception {
    Injection i = inject(FaultKind.WRONG_FINAL_ROOT);
    assertLieAt(i, 5, post -> addEth(post, FEES));
    assertEquals(i.claimedRoot(), i.plan().postStateRoot());
  }

  @Test
  void badSignature_appendsATransactionThatRecoversNobody_appliedAsIfTheRichestAccountSignedIt() throws Exception {
    Injection i = inject(FaultKind.BAD_SIGNATURE);
    assertEquals(7, i.plan().entryCount());
    assertEquals(honest.batch().blocks().get(2).entryCount() + 1,
        i.plan().batch().blocks().get(2).entryCount(), "the extra entry goes in the last block");
    Bytes raw = ((BatchEntry.Tx) i.plan().batch().entries().get(6)).raw();
    SignedTx forged = ((TxDecoding.Ok) TxDecoder.decode(raw)).tx();
    StateTree pre = replay(i.plan().batch(), StateTree.empty(), 6);
    EntryResult honestly = Stf.applyTx(pre, raw, PARAMS);
    assertEquals(Validity.INVALID_SIGNATURE, ((Outcome.Invalid) honestly.outcome()).reason());
    EntryResult claimed = Stf.applyTx(pre, forged, Optional.of(ALICE), PARAMS);
    Outcome.Executed ex = assertInstanceOf(Outcome.Executed.class, claimed.outcome());
    assertEquals(1, ex.status());
    assertEquals(FEES, ((TxKind.EthTransfer) ex.kind()).to());
    assertLieAt(i, 6, post -> claimed.post());
  }

  @Test
  void wrongBalance_ofATokenTransfer_creditsTheTokenRecipient() throws Exception {
    Address token = Address.fromHex("0x00000000000000000000000000000000000070c3");
    QueueItem deposit = new QueueItem.TokenDeposit(token, ALICE, ETHER);
    t.enqueue(deposit);
    items.put(2L, deposit);
    t.submit(TxSigner.signLegacy(ALICE_KEY, CHAIN_ID, 2, GWEI, 50_000, token, BigInteger.ZERO,
        WithdrawalCall.transfer(BOB, BigInteger.TEN)));
    t.seal();
    BatchPlan plan = new BatchAssembler(512, ProtocolLimits.MAX_BATCH_DATA)
        .assemble(4, 4, n -> block(n)).orElseThrow();
    Injection i = injector.inject(new Fault(FaultKind.WRONG_BALANCE, 0), plan, List.of(block(4)),
        t.chain.stateAt(3).orElseThrow()).orElseThrow();
    assertEquals(1, i.entry());
    Bytes32 key = StateKeys.token(token, BOB);
    StateTree honestPost = replay(plan.batch(), t.chain.stateAt(3).orElseThrow(), 2);
    assertEquals(BigInteger.TEN, honestPost.get(key).toBigInteger());
    assertEquals(honestPost.set(key, Bytes32.fromBigInteger(BigInteger.TEN.add(ETHER))).root(),
        i.claimedRoot());
  }

  @Test
  void aBatchWithoutTheEntryALieIsAbout_isNotFalsified() throws Exception {
    t.submit(transfer(ALICE_KEY, 2, BOB, BigInteger.ONE));
    t.seal();
    BatchPlan transfersOnly = new BatchAssembler(512, ProtocolLimits.MAX_BATCH_DATA)
        .assemble(4, 4, n -> block(n)).orElseThrow();
    StateTree pre = t.chain.stateAt(3).orElseThrow();
    for (FaultKind kind : List.of(FaultKind.DEPOSIT_TWICE, FaultKind.DEPOSIT_SKIPPED,
        FaultKind.INFLATED_WITHDRAWAL)) {
      assertTrue(injector.inject(new Fault(kind, 0), transfersOnly, List.of(block(4)), pre).isEmpty(),
          kind.cliName());
    }
    assertTrue(injector.inject(new Fault(FaultKind.WRONG_BALANCE, 0), transfersOnly, List.of(block(4)), pre)
        .isPresent());
  }

  /**
   * The posted batch decodes, keeps its block range, agrees with an honest replay before
   * {@code entry} and not at it, and its roots are exactly {@code lie} applied to the honest
   * result at {@code entry}, then the honest execution of every later entry.
   */
  private void assertLieAt(Injection i, int entry, UnaryOperator<StateTree> lie) throws Exception {
    Batch batch = i.plan().batch();
    assertEquals(batch, BatchCodec.decode(BatchCodec.encode(batch), honest.queueStart(), CHAIN_ID));
    assertEquals(honest.firstBlock(), i.plan().firstBlock());
    assertEquals(honest.lastBlock(), i.plan().lastBlock());
    assertEquals(entry, i.entry());
    List<Bytes32> replayed = roots(batch, StateTree.empty());
    for (int j = 0; j < entry; j++) {
      assertEquals(replayed.get(j), i.plan().roots().get(j), "root " + j + " is honest");
    }
    assertNotEquals(replayed.get(entry), i.plan().roots().get(entry), "root " + entry + " lies");
    assertEquals(replayed.get(entry), i.honestRoot());

    StateTree tree = lie.apply(replay(batch, StateTree.empty(), entry + 1));
    assertEquals(tree.root(), i.plan().roots().get(entry));
    assertEquals(tree.root(), i.claimedRoot());
    for (int j = entry + 1; j < batch.entries().size(); j++) {
      tree = apply(tree, batch.entries().get(j));
      assertEquals(tree.root(), i.plan().roots().get(j), "root " + j + " follows the lie");
    }
  }

  private List<Bytes32> roots(Batch batch, StateTree pre) {
    List<Bytes32> out = new ArrayList<>();
    StateTree tree = pre;
    for (BatchEntry e : batch.entries()) {
      tree = apply(tree, e);
      out.add(tree.root());
    }
    return out;
  }

  /** The honest state after the first {@code count} entries. */
  private StateTree replay(Batch batch, StateTree pre, int count) {
    StateTree tree = pre;
    for (int j = 0; j < count; j++) {
      tree = apply(tree, batch.entries().get(j));
    }
    return tree;
  }

  /** What a verifier does with an entry: only the batch bytes and the L1 queue. */
  private StateTree apply(StateTree tree, BatchEntry e) {
    if (e instanceof BatchEntry.QueueRef q) {
      return Stf.applyQueueItem(tree, items.get(q.queueIndex()), PARAMS).post();
    }
    return Stf.applyTx(tree, ((BatchEntry.Tx) e).raw(), PARAMS).post();
  }

  private static StateTree addEth(StateTree tree, Address owner) {
    Account a = Account.fromWord(tree.get(StateKeys.account(owner)));
    return tree.set(StateKeys.account(owner), new Account(a.nonce(), a.balance().add(ETHER)).toWord());
  }
}
