package dev.vigil.sequencer.batch;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchFormatException;
import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The rollup contract's bookkeeping in memory: decodes each appended batch with the protocol's
 * codec and records what {@code getBatch} returns. {@code down} makes every call fail like an
 * unreachable L1.
 */
final class FakeRollup implements RollupL1 {
  final List<BatchInfo> batches = new ArrayList<>();
  final List<Bytes> posted = new ArrayList<>();
  final List<Reverted> reverts = new ArrayList<>();
  long l1Block = 10;
  long now = 2_000_000_000L;
  long queueLength;
  int bondCalls;
  volatile boolean down;
  /** Runs after each append with its index (a proof landing at once). */
  LongConsumer onAppend = index -> { };

  private void check() {
    if (down) {
      throw new IllegalStateException("connection refused (test)");
    }
  }

  @Override
  public L1Head head() {
    check();
    return new L1Head(l1Block, now);
  }

  @Override
  public long batchCount() {
    check();
    return batches.size();
  }

  @Override
  public BatchInfo batch(long index) {
    check();
    return batches.get((int) index);
  }

  @Override
  public Optional<Bytes32> appendTxHash(long index) {
    check();
    return index < posted.size() ? Optional.of(Keccak.hash(posted.get((int) index))) : Optional.empty();
  }

  @Override
  public List<Reverted> revertEvents(long fromL1Block, long toL1Block) {
    check();
    return reverts.stream().filter(r -> r.l1Block() >= fromL1Block && r.l1Block() <= toL1Block).toList();
  }

  @Override
  public long queueLength() {
    check();
    return queueLength;
  }

  @Override
  public void ensureBond() {
    check();
    bondCalls++;
  }

  @Override
  public AppendReceipt appendBatch(Bytes data, List<Bytes32> roots) {
    check();
    long queueStart = batches.isEmpty() ? 0 : batches.get(batches.size() - 1).queueEnd();
    long firstBlock = batches.isEmpty() ? 1 : batches.get(batches.size() - 1).lastBlock() + 1;
    Batch batch;
    try {
      batch = BatchCodec.decode(data, queueStart, dev.vigil.sequencer.block.TestChain.CHAIN_ID);
    } catch (BatchFormatException e) {
      throw new IllegalStateException("BadBatch: " + e.getMessage(), e);
    }
    if (roots.size() != batch.entries().size()) {
      throw new IllegalStateException("BadBatch: roots count");
    }
    long index = batches.size();
    batches.add(new BatchInfo(index, Bytes32.ZERO, batch.entriesRoot(), Merkle.root(roots),
        roots.get(roots.size() - 1), queueStart, queueStart + batch.queueCount(), firstBlock,
        firstBlock + batch.blocks().size() - 1, now, batch.entries().size()));
    posted.add(data);
    l1Block++;
    onAppend.accept(index);
    return new AppendReceipt(Keccak.hash(data), true, index, 100_000, data.length() + 100);
  }

  /** Drops batches from {@code index} on, as a proven fraud does, and logs the event. */
  void revertFrom(int index) {
    l1Block++;
    reverts.add(new Reverted(index, batches.size(), CHALLENGER, l1Block));
    while (batches.size() > index) {
      batches.remove(batches.size() - 1);
    }
  }

  static final Address CHALLENGER = Address.fromHex("0x00000000000000000000000000000000000c4a11");
}
