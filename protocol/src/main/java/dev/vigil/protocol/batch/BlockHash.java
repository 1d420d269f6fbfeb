package dev.vigil.protocol.batch;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.ArrayList;
import java.util.List;

/**
 * L2 block hashes (docs/protocol.md 5.4):
 * {@code H(parentHash || u64(number) || u64(timestamp) || stateRoot || entriesRoot)}.
 * Genesis (block 0) has hash {@code b32(0)}.
 */
public final class BlockHash {
  private BlockHash() {}

  public static Bytes32 compute(
      Bytes32 parent, long number, long timestamp, Bytes32 stateRoot, Bytes32 entriesRoot) {
    byte[] b = new byte[32 + 8 + 8 + 32 + 32];
    System.arraycopy(parent.unsafeArray(), 0, b, 0, 32);
    putU64(b, 32, number);
    putU64(b, 40, timestamp);
    System.arraycopy(stateRoot.unsafeArray(), 0, b, 48, 32);
    System.arraycopy(entriesRoot.unsafeArray(), 0, b, 80, 32);
    return Keccak.hash(b);
  }

  /** A block's {@code entriesRoot}: the {@code merkleRoot} of its leaves, {@code b32(0)} if empty. */
  public static Bytes32 entriesRoot(List<BatchEntry> blockEntries) {
    if (blockEntries.isEmpty()) {
      return Bytes32.ZERO;
    }
    List<Bytes32> leaves = new ArrayList<>(blockEntries.size());
    for (BatchEntry e : blockEntries) {
      leaves.add(e.leaf());
    }
    return Merkle.root(leaves);
  }

  private static void putU64(byte[] b, int at, long v) {
    for (int i = 0; i < 8; i++) {
      b[at + 7 - i] = (byte) (v >>> (8 * i));
    }
  }
}
