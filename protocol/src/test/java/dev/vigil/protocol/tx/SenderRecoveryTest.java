package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.math.BigInteger;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of sender recovery, under each backend (native and Bouncy Castle) and through the public API. */
class SenderRecoveryTest {
  private static final BigInteger N = Secp256k1.N;
  private static final Address A = TxSigner.address(TxFixtures.KEY_A);
  private static final Bytes32 HASH = Keccak.hash("vigil".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  private static final TxSigner.Signature SIG = TxSigner.sign(TxFixtures.KEY_A, HASH);

  /** Both backends; the native one must load on this machine (Linux x86-64 or aarch64). */
  static Stream<RecoveryBackend> backends() throws RecoveryBackends.NativeUnavailable {
    return Stream.of(BouncyCastleRecovery.INSTANCE, RecoveryBackends.loadNative().backend());
  }

  private static Optional<Address> recover(RecoveryBackend b, Bytes32 hash, int yParity, BigInteger r,
      BigInteger s) {
    return SenderRecovery.recover(b, hash, yParity, r, s);
  }

  @Test
  void recoversTheSignerFromATransaction() {
    SignedTx tx = assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(TxFixtures.legacyTransfer())).tx();
    assertEquals(Optional.of(A), SenderRecovery.recover(tx));
  }

  @Test
  void thePublicApiRecoversAndRefuses() {
    assertEquals(Optional.of(A), SenderRecovery.recover(HASH, SIG.yParity(), SIG.r(), SIG.s()));
    assertEquals(Optional.empty(), SenderRecovery.recover(HASH, 1 - SIG.yParity(), SIG.r(), N.subtract(SIG.s())));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void recoversTheSignerFromATransactionsFields(RecoveryBackend b) {
    SignedTx tx = assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(TxFixtures.eip1559Transfer())).tx();
    assertEquals(Optional.of(A), recover(b, tx.signingHash(), tx.yParity(), tx.r(), tx.s()));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void recoversTheSignerFromHashAndSignature(RecoveryBackend b) {
    assertEquals(Optional.of(A), recover(b, HASH, SIG.yParity(), SIG.r(), SIG.s()));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void theHighSTwinOfAValidSignatureIsRefused(RecoveryBackend b) {
    // (r, n - s) with the other parity is the same ECDSA signature; EIP-2 keeps only the low one
    assertEquals(Optional.empty(), recover(b, HASH, 1 - SIG.yParity(), SIG.r(), N.subtract(SIG.s())));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void sOfHalfNIsInRangeAndHalfNPlusOneIsNot(RecoveryBackend b) {
    BigInteger half = N.shiftRight(1);
    assertTrue(recover(b, HASH, 0, SIG.r(), half).isPresent());
    assertEquals(Optional.empty(), recover(b, HASH, 0, SIG.r(), half.add(BigInteger.ONE)));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void rAndSOutsideOneToNMinusOneAreRefused(RecoveryBackend b) {
    BigInteger[] bad = {BigInteger.ZERO, N, N.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE),
        BigInteger.ONE.shiftLeft(300), BigInteger.ONE.negate()};
    for (BigInteger v : bad) {
      assertEquals(Optional.empty(), recover(b, HASH, SIG.yParity(), v, SIG.s()), "r = " + v);
      assertEquals(Optional.empty(), recover(b, HASH, SIG.yParity(), SIG.r(), v), "s = " + v);
    }
  }

  @ParameterizedTest
  @MethodSource("backends")
  void anRWithNoCurvePointIsRefused(RecoveryBackend b) {
    // find the smallest x for which x^3 + 7 has no square root mod p
    BigInteger x = BigInteger.ONE;
    while (Secp256k1.CURVE.fromBigInteger(x).square().multiply(Secp256k1.CURVE.fromBigInteger(x))
        .add(Secp256k1.CURVE.getB()).sqrt() != null) {
      x = x.add(BigInteger.ONE);
    }
    assertEquals(Optional.empty(), recover(b, HASH, 0, x, SIG.s()));
    assertEquals(Optional.empty(), recover(b, HASH, 1, x, SIG.s()));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void theOtherParityOrAnotherHashRecoversSomeoneElse(RecoveryBackend b) {
    Optional<Address> flipped = recover(b, HASH, 1 - SIG.yParity(), SIG.r(), SIG.s());
    assertTrue(flipped.isPresent());
    assertNotEquals(A, flipped.get());
    Optional<Address> other = recover(b, Keccak.hash(new byte[] {1}), SIG.yParity(), SIG.r(), SIG.s());
    assertNotEquals(Optional.of(A), other);
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aParityOtherThanZeroOrOneIsRefused(RecoveryBackend b) {
    assertEquals(Optional.empty(), recover(b, HASH, 2, SIG.r(), SIG.s()));
    assertEquals(Optional.empty(), recover(b, HASH, 3, SIG.r(), SIG.s()));
    assertEquals(Optional.empty(), recover(b, HASH, -1, SIG.r(), SIG.s()));
  }

  @ParameterizedTest
  @MethodSource("backends")
  void aQAtInfinityIsRefused(RecoveryBackend b) {
    // R = G (r = x(G) with G's parity): Q = r^-1 (s G - e G) is the point at infinity when e = s
    BigInteger r = Secp256k1.G.getAffineXCoord().toBigInteger();
    int parity = Secp256k1.G.getAffineYCoord().testBitZero() ? 1 : 0;
    BigInteger s = BigInteger.valueOf(12345);
    assertEquals(Optional.empty(), recover(b, Bytes32.fromBigInteger(s), parity, r, s));
    assertTrue(recover(b, Bytes32.fromBigInteger(s.add(BigInteger.ONE)), parity, r, s).isPresent());
  }
}
