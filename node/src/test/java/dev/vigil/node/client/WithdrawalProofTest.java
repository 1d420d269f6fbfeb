package dev.vigil.node.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithdrawalProofTest {
  static WithdrawalProof proofOfOneLeafTree() {
    Withdrawal w = new Withdrawal(0, Withdrawal.ETH, Address.fromHex("0x" + "c0".repeat(20)),
        BigInteger.TEN.pow(18));
    StateTree t = StateTree.empty().set(w.leafKey(), w.leafValue());
    return new WithdrawalProof(0, w.token(), w.recipient(), w.amount(), 4, 1, t.root(),
        t.proof(w.leafKey()), false);
  }

  @Test
  void proofFromTheTree_verifies_andATamperedAmountDoesNot() {
    Withdrawal w = new Withdrawal(3, Address.fromHex("0x" + "11".repeat(20)),
        Address.fromHex("0x" + "22".repeat(20)), BigInteger.valueOf(500));
    StateTree t = StateTree.empty().set(Bytes32.fromLong(1), Bytes32.fromLong(2))
        .set(w.leafKey(), w.leafValue());
    List<Bytes32> siblings = t.proof(w.leafKey());
    assertTrue(new WithdrawalProof(3, w.token(), w.recipient(), w.amount(), 9, 2, t.root(), siblings, true)
        .verifies());
    assertFalse(new WithdrawalProof(3, w.token(), w.recipient(), BigInteger.valueOf(501), 9, 2, t.root(),
        siblings, true).verifies());
  }

  @Test
  void zeroAmount_isRejected() {
    assertThrows(IllegalArgumentException.class, () -> new WithdrawalProof(0, Withdrawal.ETH,
        Address.ZERO, BigInteger.ZERO, 1, 0, Bytes32.ZERO, List.of(), false));
  }
}
