package dev.vigil.sequencer.fault;

import static dev.vigil.sequencer.block.TestChain.ALICE;
import static dev.vigil.sequencer.block.TestChain.ALICE_KEY;
import static dev.vigil.sequencer.block.TestChain.BOB;
import static dev.vigil.sequencer.block.TestChain.ETHER;
import static dev.vigil.sequencer.block.TestChain.PARAMS;
import static dev.vigil.sequencer.block.TestChain.transfer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.sequencer.batch.BatchAssembler;
import dev.vigil.sequencer.batch.BatchInfo;
import dev.vigil.sequencer.batch.BatchPlan;
import dev.vigil.sequencer.block.TestChain;
import dev.vigil.sequencer.block.WithdrawalCall;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {
  private final TestChain t = new TestChain();

  @AfterEach
  void close() {
    t.close();
  }

  private FaultInjection injection(String faults) {
    return new FaultInjection(FaultPlan.parse(faults), new FaultInjector(PARAMS), t.store, t.chain);
  }

  private BatchPlan honestPlan(long first) {
    return new BatchAssembler(512, ProtocolLimits.MAX_BATCH_DATA)
        .assemble(first, t.chain.head().block().number(), n -> t.store.block(n).orElseThrow())
        .orElseThrow();
  }

  private static BatchInfo onL1(long index, BatchPlan p) {
    return new BatchInfo(index, Bytes32.ZERO, p.batch().entriesRoot(), Bytes32.ZERO,
        p.postStateRoot(), 0, 0, p.firstBlock(), p.lastBlock(), 1, p.entryCount());
  }

  @Test
  void firesAtItsBatch_once_evenForANewProcessOnTheSameStore() throws Exception {
    t.deposit(ALICE, ETHER);
    t.submit(transfer(ALICE_KEY, 0, BOB, BigInteger.TEN));
    t.seal();
    BatchPlan honest = honestPlan(1);
    FaultInjection faults = injection("wrong-balance@1");

    assertEquals(Optional.empty(), faults.replace(0, honest), "batch 0 is posted honestly");
    BatchPlan lie = faults.replace(1, honest).orElseThrow();
    assertNotEquals(honest.postStateRoot(), lie.postStateRoot());
    assertEquals(honest.roots().get(0), lie.roots().get(0), "the deposit's root is honest");
    assertFalse(faults.isOwnLie(onL1(1, lie)), "not a lie on L1 before it landed");

    faults.posted(1, lie, Bytes32.fromLong(7));
    assertTrue(faults.isOwnLie(onL1(1, lie)));
    assertFalse(faults.isOwnLie(onL1(1, honest)), "the honest batch re-posted at the same index");
    assertEquals(Optional.of(1L), t.store.faultFired("wrong-balance@1"));
    assertEquals(Optional.empty(), faults.replace(1, honest), "once only: the re-post is honest");
    assertEquals(Optional.empty(), injection("wrong-balance@1").replace(1, honest),
        "a restarted sequencer remembers it");
    assertEquals(Optional.of("wrong-balance@1"), faults.reverted(1));
    assertEquals(Optional.empty(), faults.reverted(1), "told once");
    assertFalse(faults.isOwnLie(onL1(1, lie)), "forgotten once reverted");
  }

  @Test
  void aLieThatDidNotLand_firesAgain() throws Exception {
    t.deposit(ALICE, ETHER);
    t.seal();
    FaultInjection faults = injection("deposit-skipped@0");
    BatchPlan lie = faults.replace(0, honestPlan(1)).orElseThrow();
    faults.posted(0, honestPlan(1), Bytes32.fromLong(1));
    assertEquals(Optional.empty(), t.store.faultFired("deposit-skipped@0"));
    assertEquals(lie, faults.replace(0, honestPlan(1)).orElseThrow());
  }

  @Test
  void waitsForABatchWithAnEntryToLieAbout() throws Exception {
    t.deposit(ALICE, ETHER);
    t.seal();
    FaultInjection faults = injection("inflated-withdrawal@0");
    assertEquals(Optional.empty(), faults.replace(0, honestPlan(1)));
    t.submit(TxSigner.signLegacy(ALICE_KEY, TestChain.CHAIN_ID, 0, TestChain.GWEI, 60_000,
        FaultInjectorTest.L2_BRIDGE, BigInteger.TEN, WithdrawalCall.withdrawEth(ALICE)));
    t.seal();
    assertTrue(faults.replace(1, honestPlan(2)).isPresent());
  }
}
