package dev.vigil.sequencer.batch;

import dev.vigil.node.l1.BatchRecord;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.L1Log;
import dev.vigil.node.l1.L1Receipt;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link RollupL1} over the node's contract bindings; appends go through the one TxManager. */
public final class RollupOnL1 implements RollupL1 {
  private static final System.Logger LOG = System.getLogger(RollupOnL1.class.getName());
  /** topic0 of the rollup's {@code BatchAppended} event (docs/protocol.md 5.3). */
  static final Bytes32 BATCH_APPENDED = Keccak.hash(Bytes.wrap(
      "BatchAppended(uint64,address,bytes32,bytes32,bytes32,uint64,uint64,uint64,uint64)"
          .getBytes(StandardCharsets.US_ASCII)));

  private final L1Client l1;
  private final RollupContract rollup;
  private final BridgeContract bridge;
  private final TxManager sender;

  public RollupOnL1(L1Client l1, RollupContract rollup, BridgeContract bridge, TxManager sender) {
    this.l1 = l1;
    this.rollup = rollup;
    this.bridge = bridge;
    this.sender = sender;
  }

  @Override
  public L1Head head() {
    long number = l1.blockNumber();
    return new L1Head(number, l1.blockTimestamp(number));
  }

  @Override
  public long batchCount() {
    return rollup.batchCount();
  }

  @Override
  public BatchInfo batch(long index) {
    BatchRecord r = rollup.getBatch(index);
    return new BatchInfo(index, Bytes32.ZERO, r.entriesRoot(), r.rootsRoot(), r.postStateRoot(),
        r.queueStart(), r.queueEnd(), r.firstBlock(), r.lastBlock(), r.appendedAt(), r.entryCount());
  }

  @Override
  public Optional<Bytes32> appendTxHash(long index) {
    List<L1Log> logs = l1.getLogs(rollup.address(), List.of(BATCH_APPENDED, Bytes32.fromLong(index)),
        0, l1.blockNumber());
    return logs.isEmpty() ? Optional.empty() : Optional.of(logs.get(logs.size() - 1).position().txHash());
  }

  @Override
  public List<Reverted> revertEvents(long fromL1Block, long toL1Block) {
    List<Reverted> out = new ArrayList<>();
    for (RollupEvent e : rollup.events(fromL1Block, toL1Block)) {
      if (e instanceof RollupEvent.BatchesReverted r) {
        out.add(new Reverted(r.fromBatch(), r.toBatch(), r.challenger(), r.at().blockNumber()));
      }
    }
    return out;
  }

  @Override
  public long queueLength() {
    return bridge.queueLength();
  }

  @Override
  public void ensureBond() {
    BigInteger bond = rollup.bondOf(sender.address());
    BigInteger needed = rollup.minBond();
    if (bond.compareTo(needed) < 0) {
      BigInteger missing = needed.subtract(bond);
      LOG.log(System.Logger.Level.INFO, "bonding " + missing + " wei for " + sender.address()
          + " (minBond " + needed + ")");
      rollup.bond(sender, missing);
    }
  }

  /** A revert (of the gas estimate or the mined transaction) throws the node's {@code L1Reverted}. */
  @Override
  public AppendReceipt appendBatch(Bytes batch, List<Bytes32> roots) {
    int calldata = RollupContract.encodeAppendBatch(batch, roots).length();
    L1Receipt r = rollup.appendBatch(sender, batch, roots);
    long index = -1;
    for (var log : r.logsOf(rollup.address())) {
      if (RollupContract.decodeEvent(log).orElse(null) instanceof RollupEvent.BatchAppended a) {
        index = a.batchIndex();
      }
    }
    return new AppendReceipt(r.txHash(), r.success(), index, r.gasUsed(), calldata);
  }
}
