package dev.vigil.sequencer.storage;

import dev.vigil.node.storage.Codecs;
import dev.vigil.node.storage.Column;
import dev.vigil.node.storage.KvStore;
import dev.vigil.node.storage.WriteBatch;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import dev.vigil.sequencer.logs.BlockLogs;
import dev.vigil.sequencer.logs.BlockLogsCodec;
import dev.vigil.sequencer.logs.LogDerivation;
import dev.vigil.sequencer.logs.TokenSupply;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiPredicate;
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
  /** A block's logs, for blocks that have any: eth_getLogs scans only the asked range. */
  static final Column<Long, BlockLogs> LOGS = Column.of(6, "logs", Codecs.UINT64, new BlockLogsCodec());
  /** Each bridged token's L2 supply (deposits minus withdrawals): not part of the state root. */
  static final Column<Address, BigInteger> SUPPLY =
      Column.of(7, "tokenSupply", Codecs.ADDRESS, Codecs.UINT256);

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

  /**
   * Writes {@code block} and its indexes (transactions, logs, token supply) durably, all or
   * nothing; it must follow the head. {@code withdrawals} are the ones its execution recorded,
   * in entry order.
   */
  public void append(L2Block block, List<Withdrawal> withdrawals) {
    BlockLogs logs = LogDerivation.derive(block, withdrawals);
    try (WriteBatch batch = kv.newBatch()) {
      batch.put(BLOCKS, block.number(), block);
      batch.put(BLOCK_NUMBERS, block.hash(), block.number());
      indexTransactions(batch, block);
      Map<Address, BigInteger> supply = new HashMap<>();
      indexLogs(batch, block, logs, supply, 1);
      putSupply(batch, supply);
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
  public void replace(List<L2Block> old, List<L2Block> replacement,
      List<List<Withdrawal>> replacementWithdrawals) {
    if (old.isEmpty()) {
      throw new IllegalArgumentException("nothing to replace");
    }
    long base = old.get(0).number() - 1;
    Map<Address, BigInteger> supply = new HashMap<>();
    try (WriteBatch batch = kv.newBatch()) {
      for (L2Block b : old) {
        batch.delete(BLOCKS, b.number());
        batch.delete(BLOCK_NUMBERS, b.hash());
        b.transactions().forEach(t -> batch.delete(TXS, t.hash()));
        batch.delete(LOGS, b.number());
        applySupply(supply, TokenSupply.delta(b, logs(b.number())), -1);
      }
      for (int i = 0; i < replacement.size(); i++) {
        L2Block b = replacement.get(i);
        batch.put(BLOCKS, b.number(), b);
        batch.put(BLOCK_NUMBERS, b.hash(), b.number());
        indexTransactions(batch, b);
        indexLogs(batch, b, LogDerivation.derive(b, replacementWithdrawals.get(i)), supply, 1);
      }
      putSupply(batch, supply);
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

  /** Puts the block's logs (when it has any) and adds its supply changes to {@code supply}. */
  private void indexLogs(WriteBatch batch, L2Block block, BlockLogs logs,
      Map<Address, BigInteger> supply, int sign) {
    if (!logs.isEmpty()) {
      batch.put(LOGS, block.number(), logs);
    }
    applySupply(supply, TokenSupply.delta(block, logs), sign);
  }

  /** {@code supply} holds the new supply of each token changed so far in one write batch. */
  private void applySupply(Map<Address, BigInteger> supply, Map<Address, BigInteger> delta, int sign) {
    delta.forEach((token, d) -> {
      BigInteger current = supply.containsKey(token) ? supply.get(token) : tokenSupply(token);
      supply.put(token, sign > 0 ? current.add(d) : current.subtract(d));
    });
  }

  private static void putSupply(WriteBatch batch, Map<Address, BigInteger> supply) {
    supply.forEach((token, s) -> batch.put(SUPPLY, token, s.max(BigInteger.ZERO)));
  }

  /** The logs of block {@code number} (none for a block that emitted none). */
  public BlockLogs logs(long number) {
    return kv.get(LOGS, number).orElse(BlockLogs.NONE);
  }

  /** Visits the blocks that have logs from {@code from} to {@code to}, in order, while the visitor says so. */
  public void forEachLogs(long from, long to, BiPredicate<Long, BlockLogs> visitor) {
    kv.forEachFrom(LOGS, from, (n, logs) -> n <= to && visitor.test(n, logs));
  }

  /** Whether {@code token} was ever deposited to L2 (a bridged token). */
  public boolean isBridgedToken(Address token) {
    return kv.get(SUPPLY, token).isPresent();
  }

  /** A bridged token's L2 supply: deposits minus withdrawals. */
  public BigInteger tokenSupply(Address token) {
    return kv.get(SUPPLY, token).orElse(BigInteger.ZERO);
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
