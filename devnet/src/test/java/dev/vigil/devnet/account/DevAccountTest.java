package dev.vigil.devnet.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.tx.TxSigner;
import java.util.List;
import org.junit.jupiter.api.Test;

class DevAccountTest {
  @Test
  void everyKey_derivesItsListedAddress() {
    for (int i = 0; i < DevAccount.COUNT; i++) {
      DevAccount a = DevAccount.of(i);
      assertEquals(a.address(), TxSigner.address(a.privateKey()), "account " + i);
    }
  }

  @Test
  void users_areAccounts3To9() {
    List<Integer> idx = DevAccount.users().stream().map(DevAccount::index).toList();
    assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), idx);
  }

  @Test
  void privateKeyHex_isZeroPadded64Digits() {
    assertEquals("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
        DevAccount.of(0).privateKeyHex());
  }

  @Test
  void of_outOfRange_throws() {
    assertThrows(IllegalArgumentException.class, () -> DevAccount.of(10));
    assertThrows(IllegalArgumentException.class, () -> DevAccount.of(-1));
  }
}
