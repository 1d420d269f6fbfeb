package dev.vigil.protocol.batch;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.Random;

/** Random signed transactions of the kinds that have a compact form (docs/protocol.md 3.5). */
public final class CompactFixtures {
  private static final Bytes SELECTOR = Bytes.fromHex("0xa9059cbb");

  private CompactFixtures() {}

  /** A legacy or EIP-1559 ETH or token transfer on {@code chainId}, with random fields. */
  public static Bytes random(Random rnd, long chainId) {
    BigInteger key = new BigInteger(255, rnd).add(BigInteger.ONE);
    long nonce = integer(rnd, 64).longValue();
    long gasLimit = integer(rnd, 64).longValue();
    Address to = address(rnd);
    boolean token = rnd.nextBoolean();
    BigInteger value = token ? BigInteger.ZERO : integer(rnd, 256);
    Bytes data = token ? transferData(address(rnd), integer(rnd, 256)) : Bytes.EMPTY;
    if (rnd.nextBoolean()) {
      return TxSigner.signLegacy(key, chainId, nonce, integer(rnd, 256), gasLimit, to, value, data);
    }
    return TxSigner.signEip1559(key, chainId, nonce, integer(rnd, 256), integer(rnd, 256), gasLimit, to,
        value, data);
  }

  /** {@code transfer(recipient, amount)}. */
  public static Bytes transferData(Address recipient, BigInteger amount) {
    byte[] d = new byte[68];
    System.arraycopy(SELECTOR.unsafeArray(), 0, d, 0, 4);
    System.arraycopy(recipient.bytes().unsafeArray(), 0, d, 16, 20);
    byte[] a = amount.toByteArray();
    int n = Math.min(a.length, 32);
    System.arraycopy(a, a.length - n, d, 68 - n, n);
    return Bytes.wrap(d);
  }

  /**
   * A random integer below {@code 2^bits}: zero, a round amount (a small mantissa times a power
   * of ten), or random bits of a random length, each a third of the time.
   */
  public static BigInteger integer(Random rnd, int bits) {
    BigInteger limit = BigInteger.ONE.shiftLeft(bits);
    BigInteger v = switch (rnd.nextInt(3)) {
      case 0 -> BigInteger.valueOf(rnd.nextInt(3));
      case 1 -> BigInteger.valueOf(1 + rnd.nextInt(100_000)).multiply(BigInteger.TEN.pow(rnd.nextInt(40)));
      default -> new BigInteger(1 + rnd.nextInt(bits), rnd);
    };
    return v.compareTo(limit) < 0 ? v : v.mod(limit);
  }

  private static Address address(Random rnd) {
    byte[] a = new byte[20];
    rnd.nextBytes(a);
    return new Address(Bytes.wrap(a));
  }
}
