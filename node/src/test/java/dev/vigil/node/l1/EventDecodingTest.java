package dev.vigil.node.l1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Event decoding from logs built by hand with the Solidity ABI layout. */
class EventDecodingTest {
  static final Address CONTRACT = Address.fromHex("0x00000000000000000000000000000000000000aa");
  static final LogPosition AT = new LogPosition(7, Bytes32.fromLong(1), Bytes32.fromLong(2), 3);

  static Bytes32 topic(String signature) {
    return Keccak.hash(Bytes.wrap(signature.getBytes()));
  }

  static Bytes words(Bytes32... words) {
    Bytes out = Bytes.EMPTY;
    for (Bytes32 w : words) {
      out = Bytes.concat(out, w.toBytes());
    }
    return out;
  }

  @Test
  void topicsAreTheSpecSignatures() {
    assertEquals(topic("BatchAppended(uint64,address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64)"),
        RollupContract.BATCH_APPENDED.topic0());
    assertEquals(topic("BatchesReverted(uint64,uint64,address)"), RollupContract.BATCHES_REVERTED.topic0());
    assertEquals(topic("QueueItemAdded(uint64,uint64,bytes)"), BridgeContract.QUEUE_ITEM_ADDED.topic0());
    assertEquals(topic("WithdrawalFinalized(uint256,address,address,uint256)"),
        BridgeContract.WITHDRAWAL_FINALIZED.topic0());
  }

  @Test
  void decodesBatchesReverted() {
    Address challenger = Address.fromHex("0x00000000000000000000000000000000c0ffee00");
    L1Log log = new L1Log(CONTRACT, List.of(topic("BatchesReverted(uint64,uint64,address)")),
        words(Bytes32.fromLong(4), Bytes32.fromLong(9), Bytes32.of(Bytes.concat(Bytes.wrap(new byte[12]),
            challenger.bytes()))), AT);
    assertEquals(Optional.of(new RollupEvent.BatchesReverted(4, 9, challenger, AT)), RollupContract.decodeEvent(log));
  }

  @Test
  void decodesQueueItemAddedWithItsDynamicBytes() {
    Bytes item = Bytes.fromHex("0x02aabbcc");
    Bytes data = Bytes.concat(words(Bytes32.fromLong(1234), Bytes32.fromLong(64), Bytes32.fromLong(4)),
        item, Bytes.wrap(new byte[28]));
    L1Log log = new L1Log(CONTRACT, List.of(topic("QueueItemAdded(uint64,uint64,bytes)"), Bytes32.fromLong(5)),
        data, AT);
    assertEquals(Optional.of(new BridgeEvent.QueueItemAdded(5, 1234, item, AT)), BridgeContract.decodeEvent(log));
  }

  @Test
  void otherEventsAreSkippedAndMalformedOnesRefused() {
    L1Log bonded = new L1Log(CONTRACT, List.of(topic("Bonded(address,uint256,uint256)"), Bytes32.ZERO),
        words(Bytes32.ZERO, Bytes32.ZERO), AT);
    assertTrue(RollupContract.decodeEvent(bonded).isEmpty());
    L1Log missingTopic = new L1Log(CONTRACT, List.of(topic("QueueItemAdded(uint64,uint64,bytes)")),
        Bytes.EMPTY, AT);
    assertThrows(IllegalArgumentException.class, () -> BridgeContract.decodeEvent(missingTopic));
  }

  @Test
  void logPositionsOrderByBlockThenIndex() {
    LogPosition a = new LogPosition(7, Bytes32.ZERO, Bytes32.ZERO, 9);
    LogPosition b = new LogPosition(8, Bytes32.ZERO, Bytes32.ZERO, 0);
    assertTrue(a.compareTo(b) < 0);
    assertTrue(AT.compareTo(a) < 0);
  }
}
