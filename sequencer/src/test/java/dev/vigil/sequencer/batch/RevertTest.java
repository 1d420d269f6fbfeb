package dev.vigil.sequencer.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RevertTest {

  /** Batch {@code i} holds L2 blocks {@code 10i+1..10i+10}; {@code tag} tells apart two batches at one index. */
  private static BatchInfo batch(int i, long tag) {
    return new BatchInfo(i, Bytes32.ZERO, Bytes32.fromLong(tag), Bytes32.ZERO, Bytes32.fromLong(i),
        i, i + 1, 10L * i + 1, 10L * i + 10, 1000 + tag, 3);
  }

  private static RollupSnapshot snapshot(BatchInfo... batches) {
    return new RollupSnapshot(List.of(batches), 5, 5, 0, 20);
  }

  private static RollupSnapshot count(int n) {
    List<BatchInfo> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(batch(i, i));
    }
    return new RollupSnapshot(out, 5, 5, 0, 20);
  }

  @Test
  void sameOrLonger_isNoRevert() {
    assertTrue(Revert.between(count(3), count(3), List.of()).isEmpty());
    assertTrue(Revert.between(count(3), count(5), List.of()).isEmpty());
    assertTrue(Revert.between(RollupSnapshot.EMPTY, count(2), List.of()).isEmpty());
  }

  @Test
  void batchCountDrop_isARevertFromTheFirstMissingBatch() {
    Revert r = Revert.between(count(4), count(2), List.of()).orElseThrow();
    assertEquals(2, r.fromBatch());
    assertEquals(4, r.toBatch());
    assertEquals(40, r.safeBlockBefore());
    assertEquals(20, r.safeBlockAfter());
    assertEquals(List.of(batch(2, 2), batch(3, 3)), r.reverted());
    assertTrue(r.event().isEmpty());
  }

  @Test
  void anEventRevertsABatchNeverRead_postedAndRevertedBetweenTwoReads() {
    RollupL1.Reverted e = new RollupL1.Reverted(3, 4, Address.fromHex("0x00000000000000000000000000000000000c4a11"), 77);
    Revert r = Revert.between(count(3), count(3), List.of(e)).orElseThrow();
    assertEquals(3, r.fromBatch());
    assertEquals(4, r.toBatch());
    assertEquals(30, r.safeBlockAfter());
    assertTrue(r.reverted().isEmpty());
    assertEquals(Optional.of(e), r.event());
  }

  @Test
  void theEarliestOfTheSnapshotsAndTheEvents_decides() {
    RollupL1.Reverted late = new RollupL1.Reverted(3, 5, Address.ZERO, 70);
    RollupL1.Reverted early = new RollupL1.Reverted(1, 3, Address.ZERO, 71);
    Revert r = Revert.between(count(5), count(3), List.of(late)).orElseThrow();
    assertEquals(3, r.fromBatch());
    assertEquals(Optional.of(late), r.event());
    r = Revert.between(count(5), count(1), List.of(late, early)).orElseThrow();
    assertEquals(1, r.fromBatch());
    assertEquals(5, r.toBatch());
    assertEquals(10, r.safeBlockAfter());
    assertEquals(Optional.of(early), r.event());
  }

  @Test
  void everythingReverted_goesBackToGenesis() {
    Revert r = Revert.between(count(2), RollupSnapshot.EMPTY, List.of()).orElseThrow();
    assertEquals(0, r.fromBatch());
    assertEquals(0, r.safeBlockAfter());
  }

  @Test
  void anIndexRetakenByAnotherBatch_isARevertToo() {
    RollupSnapshot before = snapshot(batch(0, 0), batch(1, 1), batch(2, 2));
    RollupSnapshot after = snapshot(batch(0, 0), batch(1, 77), batch(2, 78));
    Revert r = Revert.between(before, after, List.of()).orElseThrow();
    assertEquals(1, r.fromBatch());
    assertEquals(3, r.toBatch());
    assertEquals(10, r.safeBlockAfter());
  }
}
