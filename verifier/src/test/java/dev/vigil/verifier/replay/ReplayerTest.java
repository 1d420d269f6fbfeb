package dev.vigil.verifier.replay;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ALICE_KEY;
import static dev.vigil.verifier.TestChain.BOB;
import static dev.vigil.verifier.TestChain.BOB_KEY;
import static dev.vigil.verifier.TestChain.CAROL;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.PARAMS;
import static dev.vigil.verifier.TestChain.TRANSFER_FEE;
import static dev.vigil.verifier.TestChain.deposit;
import static dev.vigil.verifier.TestChain.honestRoots;
import static dev.vigil.verifier.TestChain.transferEntry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.L2State;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.TestChain;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReplayerTest {
  private final SenderPool pool = new SenderPool(2);
  private final Replayer replayer = new Replayer(PARAMS);

  @AfterEach
  void close() {
    pool.close();
  }

  private static final Map<Long, QueueItem> ITEMS = Map.of(
      0L, deposit(ALICE, ETHER.multiply(BigInteger.TEN)),
      1L, deposit(BOB, ETHER));

  /** Deposits to Alice and Bob, then transfers between them and to Carol. */
  private static List<BatchEntry> entries() {
    return List.of(
        new BatchEntry.QueueRef(0),
        new BatchEntry.QueueRef(1),
        transferEntry(ALICE_KEY, 0, BOB, ETHER),
        transferEntry(BOB_KEY, 0, CAROL, ETHER.divide(BigInteger.TWO)),
        transferEntry(ALICE_KEY, 1, CAROL, BigInteger.ONE));
  }

  private ReplayResult replay(StateTree pre, List<BatchEntry> entries, List<Bytes32> roots) {
    return replayer.replay(7, pre, pool.prepare(entries, ITEMS), roots);
  }

  @Test
  void honestRoots_agree_andPostStateIsTheStfResult() {
    List<Bytes32> roots = honestRoots(StateTree.empty(), entries(), ITEMS);

    ReplayResult.Agreed agreed =
        assertInstanceOf(ReplayResult.Agreed.class, replay(StateTree.empty(), entries(), roots));

    assertEquals(roots.get(roots.size() - 1), agreed.post().root());
    L2State state = new L2State(agreed.post());
    assertEquals(ETHER.multiply(BigInteger.valueOf(9)).subtract(TRANSFER_FEE.multiply(BigInteger.TWO))
        .subtract(BigInteger.ONE), state.account(ALICE).balance());
    assertEquals(2, state.account(ALICE).nonce());
    assertEquals(ETHER.divide(BigInteger.TWO).add(BigInteger.ONE), state.account(CAROL).balance());
  }

  @Test
  void wrongRootAtEntryJ_isReportedAsEntryJ_withThePreStateOfJ() {
    List<BatchEntry> entries = entries();
    List<Bytes32> honest = honestRoots(StateTree.empty(), entries, ITEMS);
    for (int j = 0; j < entries.size(); j++) {
      List<Bytes32> lying = new ArrayList<>(honest);
      lying.set(j, Bytes32.fromLong(0xbad));

      ReplayResult.Disagreed d =
          assertInstanceOf(ReplayResult.Disagreed.class, replay(StateTree.empty(), entries, lying));

      FraudDetected fraud = d.fraud();
      assertEquals(7, fraud.batchIndex());
      assertEquals(j, fraud.entryIndex());
      assertEquals(Bytes32.fromLong(0xbad), fraud.claimedRoot());
      assertEquals(honest.get(j), fraud.computedRoot());
      assertEquals(j == 0 ? Bytes32.ZERO : honest.get(j - 1), fraud.preStateRoot());
      assertEquals(entries.get(j), fraud.entry().entry());
      assertEquals(lying, fraud.claimedRoots());
    }
  }

  @Test
  void malformedTransactionBytes_areANoOp() {
    List<BatchEntry> entries = new ArrayList<>(entries());
    entries.add(2, new BatchEntry.Tx(Bytes.fromHex("0xc0ffee")));
    List<Bytes32> roots = honestRoots(StateTree.empty(), entries, ITEMS);
    assertEquals(roots.get(1), roots.get(2), "the malformed entry's root is the previous root");

    ReplayResult.Agreed agreed =
        assertInstanceOf(ReplayResult.Agreed.class, replay(StateTree.empty(), entries, roots));

    List<Bytes32> withoutIt = honestRoots(StateTree.empty(), entries(), ITEMS);
    assertEquals(withoutIt.get(withoutIt.size() - 1), agreed.post().root());
  }

  @Test
  void malformedTransaction_claimedToChangeTheState_isRefuted() {
    List<BatchEntry> entries = List.of(new BatchEntry.QueueRef(0), new BatchEntry.Tx(Bytes.of((byte) 0x01)));
    List<Bytes32> roots = new ArrayList<>(honestRoots(StateTree.empty(), entries, ITEMS));
    roots.set(1, Bytes32.fromLong(1));

    ReplayResult.Disagreed d =
        assertInstanceOf(ReplayResult.Disagreed.class, replay(StateTree.empty(), entries, roots));

    assertEquals(1, d.fraud().entryIndex());
    assertInstanceOf(PreparedEntry.MalformedTx.class, d.fraud().entry());
    assertEquals(roots.get(0), d.fraud().computedRoot());
  }

  @Test
  void queueItems_areAppliedInBatchOrder() {
    // Bob spends the deposit of item 1 only if it is applied before his transfer.
    List<BatchEntry> entries = List.of(
        new BatchEntry.QueueRef(0),
        new BatchEntry.QueueRef(1),
        transferEntry(BOB_KEY, 0, CAROL, ETHER.divide(BigInteger.TWO)));
    List<Bytes32> roots = honestRoots(StateTree.empty(), entries, ITEMS);

    ReplayResult.Agreed agreed =
        assertInstanceOf(ReplayResult.Agreed.class, replay(StateTree.empty(), entries, roots));

    L2State state = new L2State(agreed.post());
    assertEquals(ETHER.multiply(BigInteger.TEN), state.account(ALICE).balance());
    assertEquals(ETHER.divide(BigInteger.TWO), state.account(CAROL).balance());
    assertEquals(1, state.account(BOB).nonce());
    // The same roots with the deposit after the transfer describe another history.
    List<Bytes32> reordered = honestRoots(StateTree.empty(),
        List.of(new BatchEntry.QueueRef(0), entries.get(2), new BatchEntry.QueueRef(1)), ITEMS);
    assertNotEquals(roots.get(2), reordered.get(2));
  }

  @Test
  void replay_continuesFromTheGivenPreState() {
    StateTree pre = TestChain.applyAll(StateTree.empty(), entries(), ITEMS);
    List<BatchEntry> next = List.of(transferEntry(ALICE_KEY, 2, BOB, BigInteger.TEN));
    List<Bytes32> roots = honestRoots(pre, next, ITEMS);

    assertInstanceOf(ReplayResult.Agreed.class, replay(pre, next, roots));
    // Replayed from genesis, Alice has no funds: the transaction is invalid, the root differs.
    assertInstanceOf(ReplayResult.Disagreed.class, replay(StateTree.empty(), next, roots));
  }
}
