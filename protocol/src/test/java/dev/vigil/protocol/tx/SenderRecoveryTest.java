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
import org.junit.jupiter.api.Test;

class SenderRecoveryTest {
  private static final BigInteger N = Secp256k1.N;
  private static final Address A = TxSigner.address(TxFixtures.KEY_A);
  private static final Bytes32 HASH = Keccak.hash("vigil".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  private static final TxSigner.Signature SIG = TxSigner.sign(TxFixtures.KEY_A, HASH);

  @Test
  void recoversTheSignerFromATransaction() {
    SignedTx tx = assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(TxFixtures.legacyTransfer())).tx();
    assertEquals(Optional.of(A), SenderRecovery.recover(tx));
  }

  @Test
  void recoversTheSignerFromHashAndSignature() {
    assertEquals(Optional.of(A), SenderRecovery.recover(HASH, SIG.yParity(), SIG.r(), SIG.s()));
  }

  @Test
  void theHighSTwinOfAValidSignatureIsRefused() {
    // (r, n - s) with the other parity is the same ECDSA signature; EIP-2 keeps only the low one
    assertEquals(Optional.empty(), SenderRecovery.recover(HASH, 1 - SIG.yParity(), SIG.r(), N.subtract(SIG.s())));
  }

  @Test
  void sOfHalfNIsInRangeAndHalfNPlusOneIsNot() {
    BigInteger half = N.shiftRight(1);
    assertTrue(SenderRecovery.recover(HASH, 0, SIG.r(), half).isPresent());
    assertEquals(Optional.empty(), SenderRecovery.recover(HASH, 0, SIG.r(), half.add(BigInteger.ONE)));
  }

  @Test
  void rAndSOutsideOneToNMinusOneAreRefused() {
    BigInteger[] bad = {BigInteger.ZERO, N, N.add(BigInteger.ONE), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)};
    for (BigInteger v : bad) {
      assertEquals(Optional.empty(), SenderRecovery.recover(HASH, SIG.yParity(), v, SIG.s()), "r = " + v);
      assertEquals(Optional.empty(), SenderRecovery.recover(HASH, SIG.yParity(), SIG.r(), v), "s = " + v);
    }
  }

  @Test
  void anRWithNoCurvePointIsRefused() {
    // find the smallest x for which x^3 + 7 has no square root mod p
    BigInteger x = BigInteger.ONE;
    while (Secp256k1.CURVE.fromBigInteger(x).square().multiply(Secp256k1.CURVE.fromBigInteger(x))
        .add(Secp256k1.CURVE.getB()).sqrt() != null) {
      x = x.add(BigInteger.ONE);
    }
    assertEquals(Optional.empty(), SenderRecovery.recover(HASH, 0, x, SIG.s()));
    assertEquals(Optional.empty(), SenderRecovery.recover(HASH, 1, x, SIG.s()));
  }

  @Test
  void theOtherParityOrAnotherHashRecoversSomeoneElse() {
    Optional<Address> flipped = SenderRecovery.recover(HASH, 1 - SIG.yParity(), SIG.r(), SIG.s());
    assertTrue(flipped.isPresent());
    assertNotEquals(A, flipped.get());
    Optional<Address> other = SenderRecovery.recover(Keccak.hash(new byte[] {1}), SIG.yParity(), SIG.r(), SIG.s());
    assertNotEquals(Optional.of(A), other);
  }

  @Test
  void aParityOtherThanZeroOrOneIsRefused() {
    assertEquals(Optional.empty(), SenderRecovery.recover(HASH, 2, SIG.r(), SIG.s()));
  }
}
