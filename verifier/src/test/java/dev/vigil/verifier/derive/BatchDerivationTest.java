package dev.vigil.verifier.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.l1.AppendBatchCall;
import dev.vigil.node.l1.LogPosition;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BatchDerivationTest {
  private static final Batch BATCH = new Batch(
      List.of(new BlockSpec(5, 2), new BlockSpec(6, 1)),
      List.of(new BatchEntry.QueueRef(4), new BatchEntry.Tx(Bytes.fromHex("0xc0")),
          new BatchEntry.QueueRef(5)));
  private static final List<Bytes32> ROOTS =
      List.of(Bytes32.fromLong(1), Bytes32.fromLong(2), Bytes32.fromLong(3));
  private static final AppendBatchCall CALL = new AppendBatchCall(BatchCodec.encode(BATCH), ROOTS);
  private static final LogPosition AT =
      new LogPosition(10, Bytes32.fromLong(10), Bytes32.fromLong(99), 0);

  /** The log the rollup emits for {@link #BATCH} appended after block 7 with queue at 4. */
  private static RollupEvent.BatchAppended log() {
    return new RollupEvent.BatchAppended(3, Address.ZERO, BATCH.entriesRoot(), Merkle.root(ROOTS),
        ROOTS.get(2), 4, 6, 8, 9, AT);
  }

  private static RollupEvent.BatchAppended with(Bytes32 entriesRoot, Bytes32 rootsRoot,
      Bytes32 post, long queueEnd, long lastBlock) {
    RollupEvent.BatchAppended l = log();
    return new RollupEvent.BatchAppended(l.batchIndex(), l.poster(), entriesRoot, rootsRoot, post,
        l.queueStart(), queueEnd, l.firstBlock(), lastBlock, AT);
  }

  @Test
  void consistentLogAndCalldata_giveTheBatch() {
    DerivedBatch derived = BatchDerivation.derive(log(), CALL, 42424);

    assertEquals(BATCH, derived.batch());
    assertEquals(ROOTS, derived.roots());
    assertEquals(3, derived.index());
  }

  static Stream<Arguments> brokenL1() {
    RollupEvent.BatchAppended l = log();
    Bytes32 x = Bytes32.fromLong(0xbad);
    return Stream.of(
        Arguments.of("entriesRoot", with(x, l.rootsRoot(), l.postStateRoot(), 6, 9), CALL),
        Arguments.of("rootsRoot", with(l.entriesRoot(), x, l.postStateRoot(), 6, 9), CALL),
        Arguments.of("postStateRoot", with(l.entriesRoot(), l.rootsRoot(), x, 6, 9), CALL),
        Arguments.of("queueEnd", with(l.entriesRoot(), l.rootsRoot(), l.postStateRoot(), 5, 9), CALL),
        Arguments.of("lastBlock", with(l.entriesRoot(), l.rootsRoot(), l.postStateRoot(), 6, 8), CALL),
        Arguments.of("roots count", l, new AppendBatchCall(CALL.batch(), ROOTS.subList(0, 2))),
        Arguments.of("does not decode", l, new AppendBatchCall(Bytes.fromHex("0x02"), ROOTS)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenL1")
  void logThatTheCalldataDoesNotGive_isAnL1Inconsistency(
      String what, RollupEvent.BatchAppended log, AppendBatchCall call) {
    L1InconsistencyException e =
        assertThrows(L1InconsistencyException.class, () -> BatchDerivation.derive(log, call, 42424));

    assertTrue(e.getMessage().contains(what), e.getMessage());
    assertTrue(e.getMessage().startsWith("batch 3"), e.getMessage());
  }
}
