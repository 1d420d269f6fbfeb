package dev.vigil.verifier.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.fraud.FraudProof;
import java.util.Optional;

/**
 * What the challenger needs from L1, sending from one key. Reads may throw an unchecked
 * exception when L1 cannot be reached; {@link #submit} never throws for that, it answers
 * {@link Submission.NotSent}.
 */
public interface ChallengeL1 {
  /** The address proofs are sent from: the challenger the rollup pays. */
  Address challenger();

  /** The rollup's {@code batchCount()}. */
  long batchCount();

  /** Batch {@code index}'s {@code (entriesRoot, rootsRoot)}, empty if there is no such batch. */
  Optional<Commitment> commitment(long index);

  /** Sends {@code proof} as a {@code proveFraud} transaction and waits for its receipt. */
  Submission submit(FraudProof proof);

  /** The {@code BatchesReverted} event at or after L1 block {@code fromBlock} that reverted batch {@code index}. */
  Optional<Reversal> reversal(long index, long fromBlock);

  /** The timestamp of L1 block {@code number}. */
  long blockTimestamp(long number);

  /** A batch's commitments as the rollup holds them. */
  record Commitment(Bytes32 entriesRoot, Bytes32 rootsRoot) {}
}
