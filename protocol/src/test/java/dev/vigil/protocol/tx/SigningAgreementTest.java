package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * libsecp256k1 and Bouncy Castle sign the same bytes: the same RFC 6979 {@code r}, the same
 * low {@code s}, the same {@code yParity}, for random keys and hashes and for the edges of both
 * (a hash at or above {@code n} is reduced before it becomes the nonce's input).
 */
class SigningAgreementTest {
  private static final BigInteger N = Secp256k1.N;
  private static final RecoveryBackend BC = BouncyCastleRecovery.INSTANCE;
  private static final RecoveryBackend NATIVE = NativeBackend.loadOrFail();

  /** Both backends' signature of {@code hash} by {@code key}, checked equal, low-s and recoverable. */
  private static TxSigner.Signature agree(BigInteger key, Bytes32 hash) {
    String what = "key " + key.toString(16) + " hash " + hash;
    TxSigner.Signature bc = BC.sign(key, hash);
    assertEquals(bc, NATIVE.sign(key, hash), what);
    assertArrayEquals(BC.publicKey(key), NATIVE.publicKey(key), what);
    assertTrue(bc.s().compareTo(Secp256k1.HALF_N) <= 0, what);
    Address signer = Secp256k1.address(BC.publicKey(key));
    assertEquals(Optional.of(signer), SenderRecovery.recover(NATIVE, hash, bc.yParity(), bc.r(), bc.s()), what);
    return bc;
  }

  @Test
  void sameSignaturesForRandomKeysAndHashes() {
    Random rnd = new Random(11);
    int[] parities = new int[2];
    for (int i = 0; i < 1_000; i++) {
      BigInteger key = new BigInteger(256, rnd).mod(N.subtract(BigInteger.ONE)).add(BigInteger.ONE);
      byte[] hash = new byte[32];
      rnd.nextBytes(hash);
      parities[agree(key, Bytes32.wrap(hash)).yParity()]++;
    }
    // both parities are common: a wrong parity rule could not pass by luck
    assertTrue(parities[0] > 400 && parities[1] > 400, parities[0] + " even, " + parities[1] + " odd");
  }

  @Test
  void sameSignaturesAtTheEdgesOfKeysAndHashes() {
    BigInteger[] keys = {BigInteger.ONE, BigInteger.TWO, Secp256k1.HALF_N, Secp256k1.HALF_N.add(BigInteger.ONE),
        N.subtract(BigInteger.TWO), N.subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(128),
        new BigInteger("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 16)};
    List<Bytes32> hashes = List.of(Bytes32.ZERO, Bytes32.fromLong(1), Bytes32.fromBigInteger(N.subtract(BigInteger.ONE)),
        Bytes32.fromBigInteger(N), Bytes32.fromBigInteger(N.add(BigInteger.ONE)),
        Bytes32.fromHex("0x" + "ff".repeat(32)));
    for (BigInteger key : keys) {
      for (Bytes32 hash : hashes) {
        agree(key, hash);
      }
    }
  }

  @Test
  void theActiveBackendSignsTheSameAsBouncyCastle() {
    for (long nonce = 0; nonce < 20; nonce++) {
      Bytes32 hash = Bytes32.fromLong(nonce * 7919);
      assertEquals(BC.sign(TxFixtures.KEY_A, hash), TxSigner.sign(TxFixtures.KEY_A, hash));
    }
    assertEquals(Secp256k1.address(BC.publicKey(TxFixtures.KEY_B)), TxSigner.address(TxFixtures.KEY_B));
  }

  @Test
  void nativeSigningIsThreadSafe() throws Exception {
    int n = 32;
    TxSigner.Signature[] expected = new TxSigner.Signature[n];
    for (int i = 0; i < n; i++) {
      expected[i] = BC.sign(BigInteger.valueOf(5_000 + i), Bytes32.fromLong(i));
    }
    Concurrently.assertEveryCallHolds(4, 500, n,
        i -> NATIVE.sign(BigInteger.valueOf(5_000 + i), Bytes32.fromLong(i)).equals(expected[i]));
  }
}
