package dev.vigil.node.rpc;

import java.math.BigInteger;

/**
 * Ethereum JSON-RPC quantities: {@code 0x}-prefixed hex without leading zeros
 * ({@code 0x0} for zero). Parsing is as strict as Geth's, with its texts.
 */
public final class Quantity {
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Quantity() {}

  public static String toHex(BigInteger value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException("a quantity is never negative: " + value);
    }
    return "0x" + value.toString(16);
  }

  /** {@code value} read as an unsigned 64-bit integer (nonces may use the top bit). */
  public static String toHex(long value) {
    return "0x" + Long.toUnsignedString(value, 16);
  }

  /** Parses a quantity of at most 256 bits; throws with Geth's reason text. */
  public static BigInteger parse(String hex) {
    if (hex.length() < 2 || hex.charAt(0) != '0' || (hex.charAt(1) != 'x' && hex.charAt(1) != 'X')) {
      throw new IllegalArgumentException(hex.isEmpty() ? "empty hex string" : "hex string without 0x prefix");
    }
    String digits = hex.substring(2);
    if (digits.isEmpty()) {
      throw new IllegalArgumentException("hex string \"0x\"");
    }
    if (digits.length() > 1 && digits.charAt(0) == '0') {
      throw new IllegalArgumentException("hex number with leading zero digits");
    }
    if (digits.length() > 64) {
      throw new IllegalArgumentException("hex number > 256 bits");
    }
    for (int i = 0; i < digits.length(); i++) {
      if (Character.digit(digits.charAt(i), 16) < 0) {
        throw new IllegalArgumentException("invalid hex string");
      }
    }
    return new BigInteger(digits, 16);
  }

  /** Parses a quantity that must fit in a signed long (block numbers, counts). */
  public static long parseLong(String hex) {
    BigInteger v = parse(hex);
    if (v.compareTo(LONG_MAX) > 0) {
      throw new IllegalArgumentException("hex number > 63 bits");
    }
    return v.longValueExact();
  }
}
