package dev.vigil.sequencer.storage;

import dev.vigil.node.storage.Codec;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Where a sealed transaction is, with the receipt fields its block entry does not hold: the
 * transaction index by hash.
 *
 * @param entryIndex position among all the block's entries (queue items included)
 * @param txIndex position among the block's transactions ({@code transactionIndex})
 * @param cumulativeGasUsed gas of the block's transactions up to and including this one
 */
public record TxRecord(long blockNumber, Bytes32 blockHash, int entryIndex, int txIndex,
    long cumulativeGasUsed) {
  private static final int SIZE = 8 + 32 + 4 + 4 + 8;

  public TxRecord {
    Objects.requireNonNull(blockHash, "blockHash");
    if (blockNumber < 1 || entryIndex < 0 || txIndex < 0 || txIndex > entryIndex) {
      throw new IllegalArgumentException("bad transaction location " + blockNumber + "/" + entryIndex);
    }
  }

  public static final Codec<TxRecord> CODEC = new Codec<>() {
    @Override
    public Bytes encode(TxRecord r) {
      ByteBuffer b = ByteBuffer.allocate(SIZE);
      b.putLong(r.blockNumber).put(r.blockHash.unsafeArray()).putInt(r.entryIndex)
          .putInt(r.txIndex).putLong(r.cumulativeGasUsed);
      return Bytes.wrap(b.array());
    }

    @Override
    public TxRecord decode(Bytes bytes) {
      if (bytes.length() != SIZE) {
        throw new IllegalArgumentException("stored transaction record of " + bytes.length() + " bytes");
      }
      ByteBuffer b = ByteBuffer.wrap(bytes.unsafeArray());
      long number = b.getLong();
      byte[] hash = new byte[32];
      b.get(hash);
      return new TxRecord(number, Bytes32.wrap(hash), b.getInt(), b.getInt(), b.getLong());
    }
  };
}
