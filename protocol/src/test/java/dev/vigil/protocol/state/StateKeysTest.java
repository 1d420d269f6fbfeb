package dev.vigil.protocol.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import org.junit.jupiter.api.Test;

class StateKeysTest {
  private static final Address A = Address.fromHex("0x1111111111111111111111111111111111111111");
  private static final Address B = Address.fromHex("0x2222222222222222222222222222222222222222");

  @Test
  void keysHashTheSpecPreimages() {
    assertEquals(Keccak.hash(Bytes.fromHex("0x01" + hex(A))), StateKeys.account(A));
    assertEquals(Keccak.hash(Bytes.fromHex("0x02" + hex(A) + hex(B))), StateKeys.token(A, B));
    assertEquals(
        Keccak.hash(Bytes.fromHex("0x03" + "00".repeat(31) + "2a")), StateKeys.withdrawal(42));
    assertEquals(Keccak.hash(Bytes.fromHex("0x04")), StateKeys.WITHDRAWAL_COUNT);
  }

  @Test
  void tokenKeyOrderMatters() {
    assertNotEquals(StateKeys.token(A, B), StateKeys.token(B, A));
  }

  @Test
  void negativeWithdrawalIndexIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> StateKeys.withdrawal(-1));
  }

  private static String hex(Address a) {
    return a.toHex().substring(2);
  }
}
