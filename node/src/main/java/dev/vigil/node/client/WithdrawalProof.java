package dev.vigil.node.client;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * A withdrawal with its inclusion proof (spec 2.3) in the post-state root of batch
 * {@code batchIndex}, as {@code rollup_getWithdrawalProof} serves it: everything
 * {@code Bridge.finalizeWithdrawal} takes.
 *
 * @param token the L1 token, {@link Withdrawal#ETH} (the zero address) for ETH
 * @param l2Block the L2 block the withdrawal was made in
 * @param finalized whether batch {@code batchIndex} is past its challenge window
 */
public record WithdrawalProof(long index, Address token, Address recipient, BigInteger amount,
    long l2Block, long batchIndex, Bytes32 stateRoot, List<Bytes32> siblings, boolean finalized) {
  public WithdrawalProof {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(stateRoot, "stateRoot");
    siblings = List.copyOf(siblings);
    if (amount.signum() <= 0 || index < 0 || batchIndex < 0) {
      throw new IllegalArgumentException("invalid withdrawal proof for index " + index);
    }
  }

  public Withdrawal withdrawal() {
    return new Withdrawal(index, token, recipient, amount);
  }

  /**
   * Checks the proof against {@link #stateRoot} without trusting the sequencer; a wallet should
   * also compare the root with the batch's {@code postStateRoot} read from the Rollup on L1.
   */
  public boolean verifies() {
    Withdrawal w = withdrawal();
    return StateTree.verify(stateRoot, w.leafKey(), w.leafValue(), siblings);
  }
}
