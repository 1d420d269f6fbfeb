package dev.vigil.sequencer.storage;

import dev.vigil.node.storage.Codec;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * A batch this sequencer posted, as it recorded it: the L1 transaction that carried it and the
 * L2 blocks it holds. L1 stays the truth about which batches exist; this record only remembers
 * what L1 cannot be asked cheaply (the transaction hash).
 */
public record PostedBatch(long index, Bytes32 l1TxHash, long firstBlock, long lastBlock,
    int entryCount) {
  private static final int SIZE = 8 + 32 + 8 + 8 + 4;

  public PostedBatch {
    Objects.requireNonNull(l1TxHash, "l1TxHash");
    if (index < 0 || firstBlock < 1 || lastBlock < firstBlock || entryCount < 1) {
      throw new IllegalArgumentException(
          "bad batch record " + index + " blocks " + firstBlock + ".." + lastBlock);
    }
  }

  public static final Codec<PostedBatch> CODEC = new Codec<>() {
    @Override
    public Bytes encode(PostedBatch p) {
      ByteBuffer b = ByteBuffer.allocate(SIZE);
      b.putLong(p.index).put(p.l1TxHash.unsafeArray()).putLong(p.firstBlock).putLong(p.lastBlock)
          .putInt(p.entryCount);
      return Bytes.wrap(b.array());
    }

    @Override
    public PostedBatch decode(Bytes bytes) {
      if (bytes.length() != SIZE) {
        throw new IllegalArgumentException("stored batch record of " + bytes.length() + " bytes");
      }
      ByteBuffer b = ByteBuffer.wrap(bytes.unsafeArray());
      long index = b.getLong();
      byte[] hash = new byte[32];
      b.get(hash);
      return new PostedBatch(index, Bytes32.wrap(hash), b.getLong(), b.getLong(), b.getInt());
    }
  };
}
