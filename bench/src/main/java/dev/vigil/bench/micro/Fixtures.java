package dev.vigil.bench.micro;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.SplittableRandom;

/** Deterministic inputs shared by the micro-benchmarks (same seed, same numbers run to run). */
final class Fixtures {
  static final long CHAIN_ID = 42424;
  static final BigInteger GWEI = BigInteger.TEN.pow(9);
  static final ChainParams PARAMS = new ChainParams(CHAIN_ID, GWEI,
      Address.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"));
  static final Address RECIPIENT = Address.fromHex("0x00000000000000000000000000000000000beef0");

  private Fixtures() {}

  static SplittableRandom random() {
    return new SplittableRandom(0x5eed_b1d9L);
  }

  static Bytes32 randomWord(SplittableRandom r) {
    byte[] b = new byte[32];
    for (int i = 0; i < 32; i += 8) {
      long v = r.nextLong();
      for (int j = 0; j < 8; j++) {
        b[i + j] = (byte) (v >>> (8 * j));
      }
    }
    return Bytes32.wrap(b);
  }

  /** The private key of test sender {@code i} (small, valid, distinct). */
  static BigInteger key(int i) {
    return BigInteger.valueOf(0x10_0000L + i);
  }

  /** A signed legacy ETH transfer of 1 wei at 1 gwei, the L2's most common entry. */
  static Bytes transfer(BigInteger key, long nonce) {
    return TxSigner.signLegacy(key, CHAIN_ID, nonce, GWEI, 21_000, RECIPIENT, BigInteger.ONE, Bytes.EMPTY);
  }
}
