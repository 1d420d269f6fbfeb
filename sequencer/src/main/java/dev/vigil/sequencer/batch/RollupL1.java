package dev.vigil.sequencer.batch;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;
import java.util.Optional;

/**
 * What the batcher and the rollup mirror need from L1: the seam between them and the node's L1
 * client. Every method may throw an unchecked exception when L1 cannot be reached; the caller
 * retries later.
 */
public interface RollupL1 {

  /** The latest L1 block: its number and timestamp. */
  L1Head head();

  /** The rollup's {@code batchCount()} (reverted batches are not counted). */
  long batchCount();

  /** The rollup's {@code getBatch(index)} ({@code l1TxHash} is {@code b32(0)}: L1 does not store it). */
  BatchInfo batch(long index);

  /**
   * The L1 transaction of the newest {@code BatchAppended} log for batch {@code index}, for a
   * batch this sequencer has no record of posting; empty when L1 has none.
   */
  Optional<Bytes32> appendTxHash(long index);

  /** The rollup's {@code BatchesReverted} events of L1 blocks {@code from..to}, in L1 order. */
  List<Reverted> revertEvents(long fromL1Block, long toL1Block);

  /** The bridge's {@code queueLength()}. */
  long queueLength();

  /**
   * Makes sure the poster's bond is at least the rollup's {@code minBond}, bonding the
   * difference if needed (appending needs it, docs/protocol.md 7).
   */
  void ensureBond();

  /** Sends {@code appendBatch(batch, roots)} and waits for its receipt. */
  AppendReceipt appendBatch(Bytes batch, List<Bytes32> roots);

  /** A {@code BatchesReverted} event: batches {@code fromBatch..toBatch-1} reverted by a proof. */
  record Reverted(long fromBatch, long toBatch, Address challenger, long l1Block) {}

  /** An L1 block's number and timestamp. */
  record L1Head(long number, long timestamp) {}

  /**
   * The mined {@code appendBatch} transaction.
   *
   * @param batchIndex from its {@code BatchAppended} log; -1 when it reverted
   * @param calldataBytes the length of the transaction's input
   */
  record AppendReceipt(Bytes32 txHash, boolean success, long batchIndex, long gasUsed,
      int calldataBytes) {}
}
