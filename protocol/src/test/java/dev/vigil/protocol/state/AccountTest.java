package dev.vigil.protocol.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AccountTest {
  @Test
  void nonceFillsTheTop64BitsAndBalanceTheLow192() {
    Account a = new Account(5, BigInteger.valueOf(7));
    BigInteger expected = BigInteger.valueOf(5).shiftLeft(192).or(BigInteger.valueOf(7));
    assertEquals(Bytes32.fromBigInteger(expected), a.toWord());
  }

  @Test
  void extremesRoundTrip() {
    Account max = new Account(-1L, Account.MAX_BALANCE);
    assertEquals(Bytes32.fromBigInteger(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)), max.toWord());
    assertEquals(max, Account.fromWord(max.toWord()));
    assertEquals(Account.EMPTY, Account.fromWord(Bytes32.ZERO));
    assertEquals(Bytes32.ZERO, Account.EMPTY.toWord());
    Account mid = new Account(Long.MIN_VALUE, BigInteger.ONE.shiftLeft(191));
    assertEquals(mid, Account.fromWord(mid.toWord()));
  }

  @Test
  void balanceOutOfRangeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Account(0, BigInteger.ONE.shiftLeft(192)));
    assertThrows(IllegalArgumentException.class, () -> new Account(0, BigInteger.valueOf(-1)));
  }
}
