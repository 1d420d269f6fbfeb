package dev.vigil.protocol.state;

import static dev.vigil.protocol.state.StfFixtures.CHAIN_ID;
import static dev.vigil.protocol.state.StfFixtures.GWEI;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxFixtures;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** Random transactions of every kind, mostly valid, some breaking one rule or another. */
final class RandomTxs {
  private RandomTxs() {}

  static Bytes next(Random rnd, BigInteger key, long accountNonce, List<Address> holders, Address[] tokens) {
    Address to = holders.get(rnd.nextInt(holders.size()));
    Address token = tokens[rnd.nextInt(tokens.length)];
    BigInteger amount = BigInteger.valueOf(rnd.nextInt(400_000)).multiply(GWEI);
    long nonce = rnd.nextInt(10) == 0 ? accountNonce + rnd.nextInt(3) - 1 : accountNonce;
    long chainId = rnd.nextInt(40) == 0 ? CHAIN_ID + 1 : CHAIN_ID;
    long gasLimit = rnd.nextInt(20) == 0 ? 21_000 : 100_000;
    BigInteger value = BigInteger.ZERO;
    Optional<Address> target = Optional.of(to);
    String data = "";
    switch (rnd.nextInt(6)) {
      case 0 -> value = amount;
      case 1 -> {
        target = Optional.of(token);
        data = TxFixtures.transfer(to, amount);
      }
      case 2 -> {
        target = Optional.of(TxClassifier.L2_BRIDGE);
        value = rnd.nextInt(5) == 0 ? BigInteger.ZERO : amount;
        data = TxFixtures.withdrawEth(to);
      }
      case 3 -> {
        target = Optional.of(TxClassifier.L2_BRIDGE);
        data = TxFixtures.withdrawToken(token, to, rnd.nextInt(5) == 0 ? BigInteger.ZERO : amount);
      }
      case 4 -> {
        value = amount;
        data = "deadbeef";
      }
      default -> target = rnd.nextBoolean() ? Optional.empty() : Optional.of(to);
    }
    Bytes raw = sign(rnd, key, chainId, nonce, gasLimit, target, value, Bytes.fromHex(data));
    return rnd.nextInt(50) == 0 ? corrupt(rnd, raw) : raw;
  }

  private static Bytes sign(Random rnd, BigInteger key, long chainId, long nonce, long gasLimit,
      Optional<Address> to, BigInteger value, Bytes data) {
    if (rnd.nextBoolean()) {
      BigInteger price = rnd.nextInt(30) == 0 ? GWEI.subtract(BigInteger.ONE) : GWEI.multiply(BigInteger.valueOf(1 + rnd.nextInt(3)));
      return TxSigner.signLegacy(key, chainId, nonce, price, gasLimit, to, value, data);
    }
    BigInteger maxFee = GWEI.multiply(BigInteger.valueOf(rnd.nextInt(4)));
    BigInteger tip = GWEI.multiply(BigInteger.valueOf(rnd.nextInt(3)));
    return TxSigner.signEip1559(key, chainId, nonce, tip, maxFee, gasLimit, to, value, data);
  }

  /** Flips one byte: usually malformed, sometimes another sender or a bad signature. */
  private static Bytes corrupt(Random rnd, Bytes raw) {
    byte[] b = raw.toArray();
    int at = rnd.nextInt(b.length);
    b[at] ^= (byte) (1 + rnd.nextInt(255));
    return Bytes.wrap(b);
  }
}
