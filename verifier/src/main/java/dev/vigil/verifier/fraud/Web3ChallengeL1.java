package dev.vigil.verifier.fraud;

import dev.vigil.node.l1.BatchRecord;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.L1Exception;
import dev.vigil.node.l1.L1Receipt;
import dev.vigil.node.l1.L1Reverted;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.fraud.FraudProof;
import java.util.Objects;
import java.util.Optional;

/** {@link ChallengeL1} over node's Rollup binding, sending through the key's {@link TxManager}. */
public final class Web3ChallengeL1 implements ChallengeL1 {
  /** Block span of one {@code eth_getLogs} call when looking for a revert. */
  private static final long LOG_RANGE = 2_000;

  private final TxManager sender;
  private final L1Client l1;
  private final RollupContract rollup;

  public Web3ChallengeL1(TxManager sender, Address rollup) {
    this.sender = Objects.requireNonNull(sender, "sender");
    this.l1 = sender.l1();
    this.rollup = new RollupContract(l1, rollup);
  }

  @Override
  public Address challenger() {
    return sender.address();
  }

  @Override
  public long batchCount() {
    return rollup.batchCount();
  }

  @Override
  public Optional<Commitment> commitment(long index) {
    if (index >= rollup.batchCount()) {
      return Optional.empty();
    }
    try {
      BatchRecord b = rollup.getBatch(index);
      return Optional.of(new Commitment(b.entriesRoot(), b.rootsRoot()));
    } catch (L1Reverted e) {
      return Optional.empty(); // reverted between the two reads
    }
  }

  @Override
  public Submission submit(FraudProof proof) {
    try {
      L1Receipt r = rollup.proveFraud(sender, proof);
      return new Submission.Included(r.txHash(), r.blockNumber(), r.gasUsed());
    } catch (L1Reverted e) {
      return new Submission.Refused(e.error(), e.revert().toString(), e.txHash());
    } catch (L1Exception e) {
      return new Submission.NotSent(e.getMessage());
    }
  }

  @Override
  public Optional<Reversal> reversal(long index, long fromBlock) {
    long head = l1.blockNumber();
    for (long from = fromBlock; from <= head; from += LOG_RANGE) {
      for (RollupEvent event : rollup.events(from, Math.min(head, from + LOG_RANGE - 1))) {
        if (event instanceof RollupEvent.BatchesReverted r
            && r.fromBatch() <= index && index < r.toBatch()) {
          long gas = l1.getReceipt(r.at().txHash()).map(L1Receipt::gasUsed).orElse(0L);
          return Optional.of(new Reversal(r.challenger(), r.at().txHash(), r.at().blockNumber(), gas));
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public long blockTimestamp(long number) {
    return l1.blockTimestamp(number);
  }
}
