package dev.vigil.sequencer.storage;

import dev.vigil.node.storage.Codecs;
import dev.vigil.node.storage.Column;
import dev.vigil.node.storage.KvStore;
import dev.vigil.node.storage.WriteBatch;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The sequencer's database schema over a {@link KvStore}. Each sealed block goes in with one
 * synchronous write batch (the block with its entries and senders, the transaction index with
 * the receipts' location fields, the block-hash index, the head and the queue resume point), so
 * after a crash the store holds whole blocks only, and every hash the RPC handed out is in it.
 */
public final class ChainStore {
  static final Column<Long, L2Block> BLOCKS = Column.of(1, "blocks", Codecs.UINT64, new BlockCodec());
  static final Column<Bytes32, Long> BLOCK_NUMBERS =
      Column.of(2, "blockNumbers", Codecs.BYTES32, Codecs.UINT64);
  static final Column<Bytes32, TxRecord> TXS = Column.of(3, "txs", Codecs.BYTES32, TxRecord.CODEC);
  static final Column<String, Long> META = Column.of(4, "meta", Codecs.UTF8, Codecs.UINT64);
  static final Column<Long, PostedBatch> BATCHES =
      Column.of(5, "batches", Codecs.UINT64, PostedBatch.CODEC);

  /** The number of the newest stored block. */
  static final String HEAD = "head";
  /** The L1 block of the last queue item consumed: where the queue watcher resumes. */
  static final String QUEUE_L1_BLOCK = "queueL1Block";

  /** Prefix of the meta keys that remember which injected faults were posted. */
  static final String FAULT_PREFIX = "fault:";

  private static final int CACHED_BLOCKS = 512;

  private final KvStore kv;
  private final Map<Long, L2Block> cache = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, L2Block> eldest) {
      return size() > CACHED_BLOCKS;
    }
  };

  public ChainStore(KvStore kv) {
    this.kv = Objects.requireNonNull(kv, "kv");
  }

  /** Writes {@code block} and its indexes durably, all or nothing; it must follow the head. */
  public void append(L2Block block) {
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(BLOCKS, block.number(), block);
      batch.put(BLOCK_NUMBERS, block.hash(), block.number());
      indexTransactions(batch, block);
      batch.put(META, HEAD, block.number());
      lastQueueL1Block(block).ifPresent(l1 -> batch.put(META, QUEUE_L1_BLOCK, l1));
      batch.commit(true);
    }
    synchronized (cache) {
      cache.put(block.number(), block);
    }
  }

  /**
   * Replaces the stored blocks {@code old} (the newest ones, in order) by {@code replacement}
   * (which follows the block before {@code old}'s first), with their indexes, all or nothing:
   * the rebuild of a local chain that held a lie.
   */
  public void replace(List<L2Block> old, List<L2Block> replacement) {
    if (old.isEmpty()) {
      throw new IllegalArgumentException("nothing to replace");
    }
    long base = old.get(0).number() - 1;
    try (WriteBatch batch = kv.newBatch()) {
      for (L2Block b : old) {
        batch.delete(BLOCKS, b.number());
        batch.delete(BLOCK_NUMBERS, b.hash());
        b.transactions().forEach(t -> batch.delete(TXS, t.hash()));
      }
      for (L2Block b : replacement) {
        batch.put(BLOCKS, b.number(), b);
        batch.put(BLOCK_NUMBERS, b.hash(), b.number());
        indexTransactions(batch, b);
      }
      batch.put(META, HEAD, replacement.isEmpty() ? base : replacement.get(replacement.size() - 1).number());
      batch.commit(true);
    }
    synchronized (cache) {
      old.forEach(b -> cache.remove(b.number()));
      replacement.forEach(b -> cache.put(b.number(), b));
    }
  }

  private static void indexTransactions(WriteBatch batch, L2Block block) {
    long cumulative = 0;
    int txIndex = 0;
    for (int i = 0; i < block.entries().size(); i++) {
      if (block.entries().get(i) instanceof BlockEntry.Tx t) {
        cumulative += t.gasUsed();
        batch.put(TXS, t.hash(),
            new TxRecord(block.number(), block.hash(), i, txIndex++, cumulative));
      }
    }
  }

  private static Optional<Long> lastQueueL1Block(L2Block block) {
    Optional<Long> last = Optional.empty();
    for (BlockEntry e : block.entries()) {
      if (e instanceof BlockEntry.Queued q) {
        last = Optional.of(q.l1Block());
      }
    }
    return last;
  }

  /** The newest stored block's number; 0 (genesis) when none. */
  public long head() {
    return kv.get(META, HEAD).orElse(0L);
  }

  /** The L1 block where the last consumed queue item was emitted; 0 when none was consumed. */
  public long queueL1Block() {
    return kv.get(META, QUEUE_L1_BLOCK).orElse(0L);
  }

  /** Block {@code number}; genesis for 0. */
  public Optional<L2Block> block(long number) {
    if (number == 0) {
      return Optional.of(L2Block.GENESIS);
    }
    synchronized (cache) {
      L2Block cached = cache.get(number);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<L2Block> stored = kv.get(BLOCKS, number);
    stored.ifPresent(b -> {
      synchronized (cache) {
        cache.put(number, b);
      }
    });
    return stored;
  }

  public Optional<Long> blockNumber(Bytes32 hash) {
    return hash.isZero() ? Optional.of(0L) : kv.get(BLOCK_NUMBERS, hash);
  }

  public Optional<TxRecord> tx(Bytes32 hash) {
    return kv.get(TXS, hash);
  }

  /** Visits the stored blocks from number 1 upwards until {@code visitor} returns false. */
  public void forEachBlock(Predicate<L2Block> visitor) {
    kv.forEachFrom(BLOCKS, 1L, (n, b) -> visitor.test(b));
  }

  /** The batch index at which the injected fault {@code spec} ({@code kind@batch}) was posted. */
  public Optional<Long> faultFired(String spec) {
    return kv.get(META, FAULT_PREFIX + spec);
  }

  /** Records that fault {@code spec} was posted in batch {@code index}: it never fires again. */
  public void markFaultFired(String spec, long index) {
    kv.put(META, FAULT_PREFIX + spec, index);
  }

  public void putBatch(PostedBatch batch) {
    kv.put(BATCHES, batch.index(), batch);
  }

  public Optional<PostedBatch> batch(long index) {
    return kv.get(BATCHES, index);
  }
}
