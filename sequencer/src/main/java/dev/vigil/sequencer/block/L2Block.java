package dev.vigil.sequencer.block;

import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockHash;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A sealed L2 block (docs/protocol.md 5.4):
 * {@code hash = H(parentHash || u64(number) || u64(timestamp) || stateRoot || entriesRoot)}, with
 * {@code stateRoot} the root after the last entry and {@code entriesRoot} the Merkle root of the
 * entries' leaves. {@code queueStart} is the number of L1 queue items consumed before this block.
 */
public record L2Block(
    long number,
    Bytes32 hash,
    Bytes32 parentHash,
    long timestamp,
    Bytes32 stateRoot,
    Bytes32 entriesRoot,
    long queueStart,
    List<BlockEntry> entries) {

  /** Block 0: state root, timestamp and hash all zero. */
  public static final L2Block GENESIS =
      new L2Block(0, Bytes32.ZERO, Bytes32.ZERO, 0, Bytes32.ZERO, Bytes32.ZERO, 0, List.of());

  public L2Block {
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(parentHash, "parentHash");
    Objects.requireNonNull(stateRoot, "stateRoot");
    Objects.requireNonNull(entriesRoot, "entriesRoot");
    entries = List.copyOf(entries);
    if (number < 0 || timestamp < 0 || queueStart < 0) {
      throw new IllegalArgumentException("negative block number, timestamp or queue start");
    }
  }

  /** Builds the child of {@code parent} holding {@code entries}, computing its roots and hash. */
  public static L2Block seal(L2Block parent, long timestamp, List<BlockEntry> entries) {
    if (timestamp < parent.timestamp) {
      throw new IllegalArgumentException(
          "timestamp " + timestamp + " is below the parent's " + parent.timestamp);
    }
    Bytes32 stateRoot = entries.isEmpty()
        ? parent.stateRoot
        : entries.get(entries.size() - 1).postRoot();
    Bytes32 entriesRoot = entriesRoot(entries);
    long number = parent.number + 1;
    Bytes32 hash = BlockHash.compute(parent.hash, number, timestamp, stateRoot, entriesRoot);
    return new L2Block(number, hash, parent.hash, timestamp, stateRoot, entriesRoot,
        parent.queueEnd(), entries);
  }

  /** The Merkle root of the entries' leaves; {@code b32(0)} for an empty block. */
  public static Bytes32 entriesRoot(List<BlockEntry> entries) {
    return BlockHash.entriesRoot(batchEntries(entries));
  }

  /** The entries as they go into a batch. */
  public static List<BatchEntry> batchEntries(List<BlockEntry> entries) {
    List<BatchEntry> out = new ArrayList<>(entries.size());
    for (BlockEntry e : entries) {
      out.add(e.toBatchEntry());
    }
    return out;
  }

  /** The number of queue items consumed up to and including this block. */
  public long queueEnd() {
    long n = queueStart;
    for (BlockEntry e : entries) {
      if (e instanceof BlockEntry.Queued) {
        n++;
      }
    }
    return n;
  }

  /** The transaction entries in block order: what {@code eth_getBlockBy*} lists. */
  public List<BlockEntry.Tx> transactions() {
    List<BlockEntry.Tx> txs = new ArrayList<>();
    for (BlockEntry e : entries) {
      if (e instanceof BlockEntry.Tx t) {
        txs.add(t);
      }
    }
    return txs;
  }

  /** The state roots after each entry, in order: the batch's {@code roots}. */
  public List<Bytes32> roots() {
    List<Bytes32> roots = new ArrayList<>(entries.size());
    for (BlockEntry e : entries) {
      roots.add(e.postRoot());
    }
    return roots;
  }
}
