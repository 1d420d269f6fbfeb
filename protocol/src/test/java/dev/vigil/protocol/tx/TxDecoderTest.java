package dev.vigil.protocol.tx;

import static dev.vigil.protocol.tx.TxFixtures.BOB;
import static dev.vigil.protocol.tx.TxFixtures.CHAIN_ID;
import static dev.vigil.protocol.tx.TxFixtures.GWEI;
import static dev.vigil.protocol.tx.TxFixtures.KEY_A;
import static dev.vigil.protocol.tx.TxFixtures.hex;
import static dev.vigil.protocol.tx.TxFixtures.withItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Edge values that are well-formed, and the fields and hashes the decoder derives. */
class TxDecoderTest {
  private static final BigInteger MAX_U256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  private static SignedTx ok(Bytes raw) {
    return assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(raw)).tx();
  }

  @Test
  void readsTheLargestIntegersEachFieldAllows() {
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, -1L, MAX_U256, MAX_U256, -1L, BOB, MAX_U256, Bytes.EMPTY);
    SignedTx tx = ok(raw);
    assertEquals(-1L, tx.nonce());
    assertEquals(-1L, tx.gasLimit());
    assertEquals(MAX_U256, tx.value());
    assertEquals(MAX_U256, tx.maxFeePerGas());
    assertEquals(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE), tx.gasLimitBig());
  }

  @Test
  void legacyFieldsChainIdAndParityComeFromV() {
    SignedTx tx = ok(TxSigner.signLegacy(KEY_A, CHAIN_ID, 3, GWEI, 21_000, BOB, BigInteger.TEN, hex("abcd")));
    assertEquals(TxType.LEGACY, tx.type());
    assertEquals(CHAIN_ID, tx.chainId());
    assertEquals(3, tx.nonce());
    assertEquals(GWEI, tx.gasPrice());
    assertEquals(GWEI, tx.maxFeePerGas());
    assertEquals(GWEI, tx.maxPriorityFeePerGas());
    assertEquals(Optional.of(BOB), tx.to());
    assertEquals(hex("abcd"), tx.data());
    BigInteger v = BigInteger.valueOf(CHAIN_ID * 2 + 35 + tx.yParity());
    assertEquals(TxFixtures.uint(v), TxFixtures.items(tx.raw()).get(6));
    assertEquals(Keccak.hash(tx.raw()), tx.hash());
  }

  @Test
  void aChainIdBeyondALongIsKeptOutOfRangeAndStillHashedAsReceived() {
    Bytes raw = withItem(TxFixtures.legacyTransfer(), 6, hex("a0" + "ff".repeat(32)));
    SignedTx tx = ok(raw);
    assertEquals(SignedTx.UNREPRESENTABLE_CHAIN_ID, tx.chainId());
    // v = 2^256 - 1: v - 35 is even, so yParity 0 and chainId (2^256 - 36) / 2
    assertEquals(0, tx.yParity());
    BigInteger chainId = MAX_U256.subtract(BigInteger.valueOf(35)).shiftRight(1);
    java.util.List<Bytes> unsigned = new java.util.ArrayList<>(TxFixtures.items(raw).subList(0, 6));
    unsigned.add(TxFixtures.uint(chainId));
    unsigned.add(hex("80"));
    unsigned.add(hex("80"));
    assertEquals(Keccak.hash(dev.vigil.protocol.rlp.Rlp.encodeList(unsigned)), tx.signingHash());
  }

  @Test
  void contractCreationHasNoTo() {
    SignedTx tx = ok(TxSigner.signLegacy(KEY_A, CHAIN_ID, 0, GWEI, 100_000, Optional.empty(), BigInteger.ZERO,
        hex("6000")));
    assertTrue(tx.to().isEmpty());
  }

  @Test
  void accessListContentsAreNotInspectedButEnterTheSigningHash() {
    Bytes raw = TxFixtures.eip1559Transfer();
    SignedTx plain = ok(raw);
    SignedTx odd = ok(withItem(raw, 8, hex("c5c3c281ff01"))); // any canonical RLP list
    assertNotEquals(plain.signingHash(), odd.signingHash());
    assertEquals(plain.nonce(), odd.nonce());
  }

  @Test
  void exactlyMaxTxSizeBytesIsAccepted() {
    Bytes legacy = TxFixtures.legacyTransfer();
    Bytes raw = withItem(legacy, 5, MalformedTxCases.dataOfTotalSize(legacy, ProtocolLimits.MAX_TX_SIZE));
    assertEquals(ProtocolLimits.MAX_TX_SIZE, raw.length());
    ok(raw);
  }

  @Test
  void effectivePriceIsTheTipCappedByTheMaxFee() {
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, GWEI, GWEI.multiply(BigInteger.valueOf(3)), 21_000, BOB,
        BigInteger.ZERO, Bytes.EMPTY);
    SignedTx tx = ok(raw);
    assertEquals(GWEI.multiply(BigInteger.TWO), tx.effectivePrice(GWEI));
    assertEquals(GWEI.multiply(BigInteger.valueOf(3)), tx.effectivePrice(GWEI.multiply(BigInteger.TWO)));
    assertEquals(GWEI.multiply(BigInteger.valueOf(3)), tx.maxPrice());
    SignedTx legacy = ok(TxFixtures.legacyTransfer());
    assertEquals(GWEI, legacy.effectivePrice(BigInteger.TEN.pow(12)));
  }
}
