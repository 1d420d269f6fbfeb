package dev.vigil.node.l1;

import java.math.BigInteger;

/** EIP-1559 fee caps of one send. */
record Fees(BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas) {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  Fees {
    if (maxPriorityFeePerGas.signum() < 0 || maxFeePerGas.compareTo(maxPriorityFeePerGas) < 0) {
      throw new IllegalArgumentException("fees must satisfy 0 <= priority <= max fee");
    }
  }

  /** From the node's suggestions: room for the base fee to double, plus the tip. */
  static Fees market(BigInteger gasPrice, BigInteger priority) {
    return new Fees(priority, gasPrice.shiftLeft(1).add(priority));
  }

  /** Both caps raised by {@code percent} (rounded up, at least 1 wei), and not below {@code market}. */
  Fees bump(int percent, Fees market) {
    return new Fees(
        bumped(maxPriorityFeePerGas, percent).max(market.maxPriorityFeePerGas),
        bumped(maxFeePerGas, percent).max(market.maxFeePerGas));
  }

  private static BigInteger bumped(BigInteger v, int percent) {
    BigInteger[] qr = v.multiply(BigInteger.valueOf(100L + percent)).divideAndRemainder(HUNDRED);
    BigInteger up = qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
    return up.max(v.add(BigInteger.ONE));
  }
}
