package dev.vigil.verifier.storage;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * How far derivation got, stored with the state it describes.
 *
 * @param batchesVerified the number of batches replayed and agreed with (the next batch's index)
 * @param l2Block the last L2 block of the last verified batch (0: genesis, spec 5.4)
 * @param queueConsumed the queue index the next batch must start at ({@code queueEnd} of the last)
 * @param stateRoot the state root after the last verified batch ({@code b32(0)} at genesis)
 * @param l1Cursor the last L1 block whose logs are fully handled: every queue item up to it is
 *     stored and every batch appended up to it is verified; scanning resumes after it
 */
public record Progress(
    long batchesVerified, long l2Block, long queueConsumed, Bytes32 stateRoot, long l1Cursor) {
  private static final int VERSION = 1;
  private static final int SIZE = 1 + 8 * 4 + 32;

  /** Before anything: the empty tree, nothing scanned (no rollup lives in the L1 genesis block). */
  public static final Progress GENESIS = new Progress(0, 0, 0, Bytes32.ZERO, 0);

  public Progress {
    Objects.requireNonNull(stateRoot, "stateRoot");
    if (batchesVerified < 0 || l2Block < 0 || queueConsumed < 0 || l1Cursor < 0) {
      throw new IllegalArgumentException(
          "negative progress: batches=" + batchesVerified + " l2Block=" + l2Block + " queue="
              + queueConsumed + " l1=" + l1Cursor);
    }
  }

  /** The index of the last verified batch, or -1 before the first. */
  public long lastBatchIndex() {
    return batchesVerified - 1;
  }

  public Progress withL1Cursor(long cursor) {
    return new Progress(batchesVerified, l2Block, queueConsumed, stateRoot, cursor);
  }

  Bytes encode() {
    ByteBuffer b = ByteBuffer.allocate(SIZE);
    b.put((byte) VERSION).putLong(batchesVerified).putLong(l2Block).putLong(queueConsumed);
    b.put(stateRoot.unsafeArray()).putLong(l1Cursor);
    return Bytes.wrap(b.array());
  }

  static Progress decode(Bytes bytes) {
    if (bytes.length() != SIZE || bytes.getUnsigned(0) != VERSION) {
      throw new IllegalArgumentException("not a version-" + VERSION + " progress record: " + bytes);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes.unsafeArray(), 1, SIZE - 1);
    long batches = b.getLong();
    long l2Block = b.getLong();
    long queue = b.getLong();
    byte[] root = new byte[32];
    b.get(root);
    return new Progress(batches, l2Block, queue, Bytes32.wrap(root), b.getLong());
  }
}
