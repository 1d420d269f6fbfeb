package dev.vigil.protocol.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockHashTest {
  @Test
  void hashesParentNumberTimestampStateRootEntriesRoot() {
    Bytes32 parent = Bytes32.fromHex("0x" + "aa".repeat(32));
    Bytes32 state = Bytes32.fromHex("0x" + "bb".repeat(32));
    Bytes32 entries = Bytes32.fromHex("0x" + "cc".repeat(32));
    Bytes preimage =
        Bytes.fromHex(
            "0x" + "aa".repeat(32) + "0000000000000007" + "0000000065000001" + "bb".repeat(32)
                + "cc".repeat(32));
    assertEquals(Keccak.hash(preimage), BlockHash.compute(parent, 7, 0x65000001L, state, entries));
  }

  @Test
  void anEmptyBlockHasAZeroEntriesRoot() {
    assertEquals(Bytes32.ZERO, BlockHash.entriesRoot(List.of()));
  }

  @Test
  void aBlockEntriesRootIsTheMerkleRootOfItsLeaves() {
    List<BatchEntry> entries =
        List.of(new BatchEntry.QueueRef(4), new BatchEntry.Tx(Bytes.fromHex("0x01")));
    assertEquals(
        Merkle.root(List.of(entries.get(0).leaf(), entries.get(1).leaf())),
        BlockHash.entriesRoot(entries));
  }
}
