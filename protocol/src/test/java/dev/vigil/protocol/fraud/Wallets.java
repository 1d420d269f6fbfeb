package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A fixed pool of signing keys for the vector generator (addresses derived once). */
final class Wallets {
  record Wallet(BigInteger key, Address address) {}

  private final List<Wallet> wallets = new ArrayList<>();

  Wallets(int count) {
    for (int i = 1; i <= count; i++) {
      BigInteger key = BigInteger.valueOf(0x5eed_0000L + i).multiply(BigInteger.valueOf(1_000_003));
      wallets.add(new Wallet(key, TxSigner.address(key)));
    }
  }

  Wallet get(int i) {
    return wallets.get(i);
  }

  Wallet pick(Random rnd) {
    return wallets.get(rnd.nextInt(wallets.size()));
  }
}
