package dev.vigil.verifier.storage;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A batch the verifier replayed and agreed with. The hash of the L1 transaction that carried it
 * identifies it: a later {@code BatchAppended} log of the same index from another transaction
 * means the batch was reverted and replaced on L1.
 */
public record VerifiedBatch(
    long index, Bytes32 l1TxHash, Bytes32 postStateRoot, long firstBlock, long lastBlock) {
  private static final int SIZE = 8 + 32 + 32 + 8 + 8;

  public VerifiedBatch {
    Objects.requireNonNull(l1TxHash, "l1TxHash");
    Objects.requireNonNull(postStateRoot, "postStateRoot");
    if (index < 0 || firstBlock < 1 || lastBlock < firstBlock) {
      throw new IllegalArgumentException(
          "batch " + index + " with blocks " + firstBlock + ".." + lastBlock);
    }
  }

  Bytes encode() {
    ByteBuffer b = ByteBuffer.allocate(SIZE).putLong(index);
    b.put(l1TxHash.unsafeArray()).put(postStateRoot.unsafeArray());
    return Bytes.wrap(b.putLong(firstBlock).putLong(lastBlock).array());
  }

  static VerifiedBatch decode(Bytes bytes) {
    if (bytes.length() != SIZE) {
      throw new IllegalArgumentException("not a verified-batch record: " + bytes);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes.toArray());
    long index = b.getLong();
    byte[] tx = new byte[32];
    byte[] root = new byte[32];
    b.get(tx).get(root);
    return new VerifiedBatch(index, Bytes32.wrap(tx), Bytes32.wrap(root), b.getLong(), b.getLong());
  }
}
