package dev.vigil.sequencer.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockCodecTest {
  private static final Address A = Address.fromHex("0x00000000000000000000000000000000000000a1");
  private final BlockCodec codec = new BlockCodec();

  private static L2Block block() {
    List<BlockEntry> entries = List.of(
        new BlockEntry.Queued(4, new QueueItem.TokenDeposit(A, A, BigInteger.TEN), 77, Bytes32.fromLong(1)),
        new BlockEntry.Tx(Bytes.fromHex("0xc0ffee"), A, 0, 50_000, Bytes32.fromLong(2)),
        new BlockEntry.Queued(5, new QueueItem.ForcedTx(Bytes.fromHex("0x02c0")), 78, Bytes32.fromLong(3)));
    L2Block parent = new L2Block(6, Bytes32.fromLong(9), Bytes32.fromLong(8), 1000, Bytes32.ZERO,
        Bytes32.ZERO, 4, List.of());
    return L2Block.seal(parent, 1001, entries);
  }

  @Test
  void roundTrip_keepsEveryField() {
    L2Block b = block();
    assertEquals(b, codec.decode(codec.encode(b)));
    assertEquals(L2Block.GENESIS, codec.decode(codec.encode(L2Block.GENESIS)));
  }

  @Test
  void damagedBytes_areRefused() {
    Bytes good = codec.encode(block());
    assertThrows(IllegalArgumentException.class, () -> codec.decode(good.slice(0, good.length() - 1)));
    assertThrows(IllegalArgumentException.class, () -> codec.decode(Bytes.concat(good, Bytes.of((byte) 0))));
    assertThrows(IllegalArgumentException.class, () -> codec.decode(Bytes.concat(Bytes.of((byte) 9), good.slice(1))));
  }

  @Test
  void recordCodecs_roundTrip() {
    TxRecord r = new TxRecord(3, Bytes32.fromLong(5), 2, 1, 42_000);
    assertEquals(r, TxRecord.CODEC.decode(TxRecord.CODEC.encode(r)));
    PostedBatch p = new PostedBatch(7, Bytes32.fromLong(6), 10, 12, 30);
    assertEquals(p, PostedBatch.CODEC.decode(PostedBatch.CODEC.encode(p)));
  }
}
