package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Objects;

/** Typed reads of the leaves of docs/protocol.md 2.1; absent leaves read as zero. */
public record L2State(StateTree tree) {
  public L2State {
    Objects.requireNonNull(tree, "tree");
  }

  public Account account(Address owner) {
    return Account.fromWord(tree.get(StateKeys.account(owner)));
  }

  public BigInteger tokenBalance(Address l1Token, Address owner) {
    return tree.get(StateKeys.token(l1Token, owner)).toBigInteger();
  }

  /** The number of withdrawals recorded, which is also the index of the next one. */
  public long withdrawalCount() {
    return tree.get(StateKeys.WITHDRAWAL_COUNT).toBigInteger().longValueExact();
  }

  /** The withdrawal leaf of {@code index}: {@code H(token || recipient || u256(amount))}, or zero. */
  public Bytes32 withdrawalLeaf(long index) {
    return tree.get(StateKeys.withdrawal(index));
  }
}
