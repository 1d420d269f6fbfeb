package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Objects;

/**
 * The argument of {@code Rollup.proveFraud} (docs/protocol.md 6.1), ready for ABI encoding:
 *
 * <pre>
 * proveFraud(FraudProof proof)
 * struct FraudProof { uint64 batchIndex; uint32 entryIndex; bytes entry; bytes32[] entryPath;
 *                     bytes32 preRoot; bytes32[] prePath; bytes32 postRoot; bytes32[] postPath;
 *                     bytes witnesses; }
 * </pre>
 *
 * {@code entry} is the entry's leaf preimage (5.2), followed by the item for a queue reference:
 * build it with {@link #txEntry} or {@link #queueEntry}. Paths are bottom up (5.2); for entry 0,
 * {@code preRoot} is the previous batch's post-state root and {@code prePath} is empty.
 * {@link #calldata()} gives the complete call input.
 */
public record FraudProof(
    long batchIndex,
    int entryIndex,
    Bytes entry,
    List<Bytes32> entryPath,
    Bytes32 preRoot,
    List<Bytes32> prePath,
    Bytes32 postRoot,
    List<Bytes32> postPath,
    Bytes witnesses) {

  /** The function's signature, whose hash's first 4 bytes are the selector. */
  public static final String SIGNATURE =
      "proveFraud((uint64,uint32,bytes,bytes32[],bytes32,bytes32[],bytes32,bytes32[],bytes))";

  public FraudProof {
    if (batchIndex < 0 || entryIndex < 0) {
      throw new IllegalArgumentException("negative index: batch " + batchIndex + ", entry " + entryIndex);
    }
    Objects.requireNonNull(entry, "entry");
    entryPath = List.copyOf(entryPath);
    Objects.requireNonNull(preRoot, "preRoot");
    prePath = List.copyOf(prePath);
    Objects.requireNonNull(postRoot, "postRoot");
    postPath = List.copyOf(postPath);
    Objects.requireNonNull(witnesses, "witnesses");
  }

  /** {@code 0x00 || txBytes}: a transaction entry. */
  public static Bytes txEntry(Bytes raw) {
    return Bytes.concat(Bytes.of((byte) 0x00), raw);
  }

  /** {@code 0x01 || u64(queueIndex) || item}: a queue reference with its item. */
  public static Bytes queueEntry(long queueIndex, QueueItem item) {
    Bytes index = Bytes.wrap(ByteBuffer.allocate(8).putLong(queueIndex).array());
    return Bytes.concat(Bytes.of((byte) 0x01), index, item.encode());
  }

  /**
   * The ABI-encoded call: the selector, the offset of the struct (one word, 32), then the struct
   * encoded as its nine fields.
   */
  public Bytes calldata() {
    return new AbiCall(SIGNATURE)
        .uint(batchIndex)
        .uint(entryIndex)
        .bytes(entry)
        .words(entryPath)
        .word(preRoot)
        .words(prePath)
        .word(postRoot)
        .words(postPath)
        .bytes(witnesses)
        .encodeAsTuple();
  }
}
