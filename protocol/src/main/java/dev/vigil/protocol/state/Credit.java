package dev.vigil.protocol.state;

import java.math.BigInteger;

/** Saturating credits (docs/protocol.md 3.4): {@code credit(x, a) = min(x + a, cap)}. */
final class Credit {
  /** The cap of a token balance, {@code 2^256 - 1}. */
  static final BigInteger MAX_TOKEN_BALANCE = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private Credit() {}

  /** An ETH balance, capped at {@link Account#MAX_BALANCE}. */
  static BigInteger eth(BigInteger balance, BigInteger amount) {
    return balance.add(amount).min(Account.MAX_BALANCE);
  }

  /** A token balance, capped at {@code 2^256 - 1}. */
  static BigInteger token(BigInteger balance, BigInteger amount) {
    return balance.add(amount).min(MAX_TOKEN_BALANCE);
  }
}
