package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Objects;

/**
 * An account leaf's value (docs/protocol.md 2.1): {@code u256(nonce << 192 | balance)}.
 *
 * @param nonce unsigned 64-bit (use {@link Long#compareUnsigned} and friends)
 * @param balance wei, {@code 0 <= balance <= MAX_BALANCE}
 */
public record Account(long nonce, BigInteger balance) {
  /** {@code 2^192 - 1}: the balance fills the low 192 bits of the word. */
  public static final BigInteger MAX_BALANCE = BigInteger.ONE.shiftLeft(192).subtract(BigInteger.ONE);

  /** What an absent account reads as. */
  public static final Account EMPTY = new Account(0, BigInteger.ZERO);

  public Account {
    Objects.requireNonNull(balance, "balance");
    if (balance.signum() < 0 || balance.compareTo(MAX_BALANCE) > 0) {
      throw new IllegalArgumentException("balance out of range: " + balance);
    }
  }

  public Bytes32 toWord() {
    byte[] out = new byte[32];
    for (int i = 0; i < 8; i++) {
      out[7 - i] = (byte) (nonce >>> (8 * i));
    }
    byte[] b = balance.toByteArray();
    int n = Math.min(b.length, 24);
    System.arraycopy(b, b.length - n, out, 32 - n, n);
    return Bytes32.wrap(out);
  }

  public static Account fromWord(Bytes32 word) {
    byte[] w = word.unsafeArray();
    long nonce = 0;
    for (int i = 0; i < 8; i++) {
      nonce = (nonce << 8) | (w[i] & 0xff);
    }
    return new Account(nonce, new BigInteger(1, Arrays.copyOfRange(w, 8, 32)));
  }
}
