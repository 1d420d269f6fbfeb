package dev.vigil.sequencer.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchAssemblerTest {
  private static final Address SENDER = Address.fromHex("0x00000000000000000000000000000000000000a1");

  /** Blocks 1..n; block i holds {@code sizes[i-1]} transactions of {@code txBytes} bytes each. */
  private static List<L2Block> chain(int txBytes, int... sizes) {
    List<L2Block> blocks = new ArrayList<>();
    L2Block parent = L2Block.GENESIS;
    int counter = 0;
    for (int size : sizes) {
      List<BlockEntry> entries = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        byte[] raw = new byte[txBytes];
        raw[0] = (byte) 0xc0;
        raw[txBytes - 1] = (byte) ++counter;
        entries.add(new BlockEntry.Tx(Bytes.wrap(raw), SENDER, 1, 21_000, Bytes32.fromLong(counter)));
      }
      parent = L2Block.seal(parent, 100 + blocks.size(), entries);
      blocks.add(parent);
    }
    return blocks;
  }

  private static BatchPlan assemble(BatchAssembler a, List<L2Block> blocks, long first) {
    return a.assemble(first, blocks.size(), n -> blocks.get((int) n - 1)).orElseThrow();
  }

  @Test
  void takesAllBlocksThatFit_withTheirRootsInOrder() {
    List<L2Block> blocks = chain(100, 2, 3, 1);
    BatchPlan plan = assemble(new BatchAssembler(512, ProtocolLimits.MAX_BATCH_DATA), blocks, 1);
    assertEquals(1, plan.firstBlock());
    assertEquals(3, plan.lastBlock());
    assertEquals(6, plan.entryCount());
    List<Bytes32> roots = new ArrayList<>();
    blocks.forEach(b -> roots.addAll(b.roots()));
    assertEquals(roots, plan.roots());
    assertEquals(blocks.get(2).stateRoot(), plan.postStateRoot());
    assertEquals(102, plan.batch().lastTimestamp());
  }

  @Test
  void entryLimit_cutsAtWholeBlocks() {
    List<L2Block> blocks = chain(100, 2, 3, 1);
    BatchAssembler a = new BatchAssembler(4, ProtocolLimits.MAX_BATCH_DATA);
    BatchPlan first = assemble(a, blocks, 1);
    assertEquals(1, first.lastBlock());
    assertEquals(2, first.entryCount());
    BatchPlan second = assemble(a, blocks, 2);
    assertEquals(3, second.lastBlock());
    assertEquals(4, second.entryCount());
  }

  @Test
  void byteLimit_cutsAtWholeBlocks_andTheEncodingStaysWithinIt() {
    List<L2Block> blocks = chain(1000, 50, 50, 50);
    int limit = 110_000;
    BatchPlan plan = assemble(new BatchAssembler(1024, limit), blocks, 1);
    assertEquals(2, plan.lastBlock());
    assertTrue(BatchCodec.encode(plan.batch()).length() <= limit);
    assertTrue(BatchCodec.encodedSize(plan.batch()) + 50 * 1003 + 10 > limit);
  }

  @Test
  void blockAboveTheConfiguredLimit_goesAloneIfTheProtocolAllowsIt() {
    List<L2Block> blocks = chain(100, 5, 1);
    BatchPlan plan = assemble(new BatchAssembler(3, ProtocolLimits.MAX_BATCH_DATA), blocks, 1);
    assertEquals(1, plan.lastBlock());
    assertEquals(5, plan.entryCount());
  }

  @Test
  void blockAboveTheProtocolLimit_cannotBePosted() {
    List<L2Block> blocks = chain(4000, 40);
    BatchAssembler a = new BatchAssembler(1024, ProtocolLimits.MAX_BATCH_DATA);
    assertThrows(IllegalStateException.class, () -> a.assemble(1, 1, n -> blocks.get(0)));
  }

  @Test
  void queueEntries_becomeQueueRefsFromTheBlocksQueueStart() {
    L2Block b1 = L2Block.seal(L2Block.GENESIS, 5, List.of(
        new BlockEntry.Queued(0, new QueueItem.EthDeposit(SENDER, BigInteger.ONE), 3, Bytes32.fromLong(1))));
    L2Block b2 = L2Block.seal(b1, 6, List.of(
        new BlockEntry.Queued(1, new QueueItem.EthDeposit(SENDER, BigInteger.TWO), 4, Bytes32.fromLong(2))));
    List<L2Block> blocks = List.of(b1, b2);
    BatchPlan plan = assemble(new BatchAssembler(512, ProtocolLimits.MAX_BATCH_DATA), blocks, 2);
    assertEquals(1, plan.queueStart());
    assertEquals(List.of(new BatchEntry.QueueRef(1)), plan.batch().entries());
  }

  @Test
  void nothingToPost_isEmpty() {
    BatchAssembler a = new BatchAssembler(512, ProtocolLimits.MAX_BATCH_DATA);
    assertTrue(a.assemble(1, 0, n -> L2Block.GENESIS).isEmpty());
  }
}
