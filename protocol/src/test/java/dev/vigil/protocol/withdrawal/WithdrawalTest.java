package dev.vigil.protocol.withdrawal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class WithdrawalTest {
  private static final Address TOKEN = Address.fromHex("0x1111111111111111111111111111111111111111");
  private static final Address RECIPIENT =
      Address.fromHex("0x2222222222222222222222222222222222222222");

  @Test
  void leafKeyIsTheWithdrawalKeyOfItsIndex() {
    assertEquals(StateKeys.withdrawal(9), new Withdrawal(9, TOKEN, RECIPIENT, BigInteger.ONE).leafKey());
  }

  @Test
  void leafValueHashesTokenRecipientAmount() {
    Withdrawal w = new Withdrawal(0, TOKEN, RECIPIENT, BigInteger.valueOf(0x2a));
    Bytes preimage = Bytes.fromHex("0x" + "11".repeat(20) + "22".repeat(20) + "00".repeat(31) + "2a");
    assertEquals(72, preimage.length());
    assertEquals(Keccak.hash(preimage), w.leafValue());
  }

  @Test
  void ethUsesTheZeroTokenAddress() {
    Withdrawal w = new Withdrawal(0, Withdrawal.ETH, RECIPIENT, BigInteger.ONE);
    Bytes preimage = Bytes.fromHex("0x" + "00".repeat(20) + "22".repeat(20) + "00".repeat(31) + "01");
    assertEquals(Keccak.hash(preimage), w.leafValue());
  }

  @Test
  void aRecordedWithdrawalIsProvableInTheStateRoot() {
    Withdrawal w = new Withdrawal(3, TOKEN, RECIPIENT, BigInteger.TEN);
    StateTree t =
        StateTree.empty()
            .set(StateKeys.withdrawal(2), Bytes32.fromLong(7))
            .set(w.leafKey(), w.leafValue())
            .set(StateKeys.WITHDRAWAL_COUNT, Bytes32.fromLong(4));
    assertTrue(StateTree.verify(t.root(), w.leafKey(), w.leafValue(), t.proof(w.leafKey())));
  }

  @Test
  void invalidFieldsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> new Withdrawal(-1, TOKEN, RECIPIENT, BigInteger.ONE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Withdrawal(0, TOKEN, RECIPIENT, BigInteger.ONE.shiftLeft(256)));
  }
}
