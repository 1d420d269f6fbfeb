package dev.vigil.sequencer.withdrawal;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.util.List;
import java.util.Objects;

/**
 * What {@code Bridge.finalizeWithdrawal} needs (docs/protocol.md 7): the withdrawal, the batch
 * whose {@code postStateRoot} ({@code stateRoot}) holds its leaf, and the SMT siblings (2.3).
 */
public record WithdrawalProof(Withdrawal withdrawal, long l2Block, long batchIndex,
    Bytes32 stateRoot, List<Bytes32> siblings, boolean finalized) {
  public WithdrawalProof {
    Objects.requireNonNull(withdrawal, "withdrawal");
    Objects.requireNonNull(stateRoot, "stateRoot");
    siblings = List.copyOf(siblings);
  }
}
