package dev.vigil.protocol.tx;

import static dev.vigil.protocol.tx.TxFixtures.BOB;
import static dev.vigil.protocol.tx.TxFixtures.CHAIN_ID;
import static dev.vigil.protocol.tx.TxFixtures.GWEI;
import static dev.vigil.protocol.tx.TxFixtures.KEY_A;
import static dev.vigil.protocol.tx.TxFixtures.KEY_B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TxSignerTest {

  private static SignedTx decode(Bytes raw) {
    return assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(raw)).tx();
  }

  @Test
  void addressOfAnvilsFirstKey() {
    assertEquals(Address.fromHex("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"), TxSigner.address(KEY_A));
    assertEquals(Address.fromHex("0x70997970c51812dc3a010c7d01b50e0d17dc79c8"), TxSigner.address(KEY_B));
  }

  @Test
  void legacyRoundTrip() {
    Bytes data = Bytes.fromHex("0x1234");
    SignedTx tx = decode(TxSigner.signLegacy(KEY_B, CHAIN_ID, 9, GWEI, 50_000, BOB, BigInteger.ONE, data));
    assertEquals(TxType.LEGACY, tx.type());
    assertEquals(CHAIN_ID, tx.chainId());
    assertEquals(9, tx.nonce());
    assertEquals(50_000, tx.gasLimit());
    assertEquals(Optional.of(BOB), tx.to());
    assertEquals(BigInteger.ONE, tx.value());
    assertEquals(data, tx.data());
    assertEquals(Optional.of(TxSigner.address(KEY_B)), SenderRecovery.recover(tx));
  }

  @Test
  void eip1559RoundTrip() {
    SignedTx tx = decode(TxSigner.signEip1559(KEY_B, 1, 0, BigInteger.ONE, GWEI, 21_000, BOB, BigInteger.TEN,
        Bytes.EMPTY));
    assertEquals(TxType.EIP1559, tx.type());
    assertEquals(1, tx.chainId());
    assertEquals(BigInteger.ONE, tx.maxPriorityFeePerGas());
    assertEquals(GWEI, tx.maxFeePerGas());
    assertEquals(Optional.of(TxSigner.address(KEY_B)), SenderRecovery.recover(tx));
  }

  @Test
  void signaturesAreDeterministicAndLowS() {
    for (long nonce = 0; nonce < 40; nonce++) {
      Bytes a = TxSigner.signEip1559(KEY_A, CHAIN_ID, nonce, GWEI, GWEI, 21_000, BOB, BigInteger.ONE, Bytes.EMPTY);
      assertEquals(a, TxSigner.signEip1559(KEY_A, CHAIN_ID, nonce, GWEI, GWEI, 21_000, BOB, BigInteger.ONE,
          Bytes.EMPTY));
      SignedTx tx = decode(a);
      assertTrue(tx.s().compareTo(Secp256k1.HALF_N) <= 0);
      assertEquals(Optional.of(TxSigner.address(KEY_A)), SenderRecovery.recover(tx));
    }
  }

  @Test
  void keysOutsideOneToNMinusOneAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> TxSigner.address(BigInteger.ZERO));
    assertThrows(IllegalArgumentException.class, () -> TxSigner.address(Secp256k1.N));
  }
}
