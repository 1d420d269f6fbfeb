package dev.vigil.verifier.fraud;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;
import java.util.Optional;

/**
 * One fraud proof of this verifier, as stored and as {@code rollup_status} shows it.
 *
 * @param batchTx the L1 transaction that appended the disputed batch (the record's key)
 * @param batchL1Block the L1 block of that transaction: where the challenge latency starts, and
 *     from where a revert by another challenger is looked for
 * @param entriesRoot the disputed batch's commitment: the proof applies only to a batch with it
 * @param rootsRoot likewise
 * @param proofTx this verifier's proof transaction once mined (included, or reverted on L1)
 * @param proofL1Block the L1 block that included the proof, 0 if none did
 * @param gasUsed the gas of the included proof, 0 if none
 * @param detail why the proof failed or was stood down, empty otherwise
 */
public record ProofRecord(
    long batchIndex,
    int entryIndex,
    Bytes32 batchTx,
    long batchL1Block,
    Bytes32 entriesRoot,
    Bytes32 rootsRoot,
    ProofStatus status,
    Optional<Bytes32> proofTx,
    long proofL1Block,
    long gasUsed,
    String detail) {

  public ProofRecord {
    Objects.requireNonNull(batchTx, "batchTx");
    Objects.requireNonNull(entriesRoot, "entriesRoot");
    Objects.requireNonNull(rootsRoot, "rootsRoot");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(proofTx, "proofTx");
    Objects.requireNonNull(detail, "detail");
    if (batchIndex < 0 || entryIndex < 0 || batchL1Block < 0 || proofL1Block < 0 || gasUsed < 0) {
      throw new IllegalArgumentException("negative field in proof record of batch " + batchIndex);
    }
  }

  /** A proof about to be sent for {@code dispute}. */
  public static ProofRecord pending(Dispute dispute) {
    return new ProofRecord(dispute.batchIndex(), dispute.fraud().entryIndex(), dispute.batchTx(),
        dispute.log().at().blockNumber(), dispute.entriesRoot(), dispute.rootsRoot(),
        ProofStatus.PENDING, Optional.empty(), 0, 0, "");
  }

  public ProofRecord included(Bytes32 tx, long l1Block, long gas) {
    return new ProofRecord(batchIndex, entryIndex, batchTx, batchL1Block, entriesRoot, rootsRoot,
        ProofStatus.INCLUDED, Optional.of(tx), l1Block, gas, "");
  }

  /** Stood down; {@code tx} is this verifier's own transaction if it was mined and refused. */
  public ProofRecord stoodDown(Optional<Bytes32> tx, String why) {
    return new ProofRecord(batchIndex, entryIndex, batchTx, batchL1Block, entriesRoot, rootsRoot,
        ProofStatus.STOOD_DOWN, tx, 0, 0, why);
  }

  public ProofRecord failed(Optional<Bytes32> tx, String why) {
    return new ProofRecord(batchIndex, entryIndex, batchTx, batchL1Block, entriesRoot, rootsRoot,
        ProofStatus.FAILED, tx, 0, 0, why);
  }
}
