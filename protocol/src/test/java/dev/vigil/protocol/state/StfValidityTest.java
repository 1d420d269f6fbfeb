package dev.vigil.protocol.state;

import static dev.vigil.protocol.state.StfFixtures.A;
import static dev.vigil.protocol.state.StfFixtures.B;
import static dev.vigil.protocol.state.StfFixtures.CHAIN_ID;
import static dev.vigil.protocol.state.StfFixtures.ETHER;
import static dev.vigil.protocol.state.StfFixtures.GWEI;
import static dev.vigil.protocol.state.StfFixtures.KEY_A;
import static dev.vigil.protocol.state.StfFixtures.PARAMS;
import static dev.vigil.protocol.state.StfFixtures.TOKEN;
import static dev.vigil.protocol.state.StfFixtures.funded;
import static dev.vigil.protocol.state.StfFixtures.gwei;
import static dev.vigil.protocol.state.StfFixtures.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxFixtures;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per rule of docs/protocol.md 3.3: the entry is a no-op naming the rule, and check() agrees. */
class StfValidityTest {
  private static final BigInteger TEN_ETHER = ETHER.multiply(BigInteger.TEN);

  /** Applies {@code raw} to {@code pre}, asserts a no-op for {@code rule}, returns the detail text. */
  private static String assertInvalid(StateTree pre, Bytes raw, Validity rule) {
    EntryResult r = Stf.applyTx(pre, raw, PARAMS);
    Outcome.Invalid inv = invalid(r);
    assertEquals(rule, inv.reason(), inv.detail());
    assertSame(pre, r.post());
    if (TxDecoder.decode(raw) instanceof TxDecoding.Ok ok && rule != Validity.INVALID_SIGNATURE) {
      SenderRecovery.recover(ok.tx()).ifPresent(s -> assertEquals(rule, Stf.check(pre, ok.tx(), s, PARAMS)));
    }
    return inv.detail();
  }

  private static SignedTx decode(Bytes raw) {
    return assertInstanceOf(TxDecoding.Ok.class, TxDecoder.decode(raw)).tx();
  }

  @Test
  void rule1MalformedBytesAreANoOpWithTheDecodersReason() {
    String detail = assertInvalid(funded(), Bytes.fromHex("0x01c0"), Validity.MALFORMED);
    assertEquals("transaction type not supported", detail);
  }

  @Test
  void rule2WrongChainId() {
    Bytes legacy = TxSigner.signLegacy(KEY_A, 1, 0, GWEI, 21_000, B, ETHER, Bytes.EMPTY);
    assertTrue(assertInvalid(funded(), legacy, Validity.WRONG_CHAIN_ID).startsWith("invalid chain id"));
    Bytes typed = TxSigner.signEip1559(KEY_A, CHAIN_ID + 1, 0, GWEI, GWEI, 21_000, B, ETHER, Bytes.EMPTY);
    assertInvalid(funded(), typed, Validity.WRONG_CHAIN_ID);
    Bytes huge = TxFixtures.withItem(typed, 0, Bytes.fromHex("a0" + "ff".repeat(32)));
    assertInvalid(funded(), huge, Validity.WRONG_CHAIN_ID);
  }

  @Test
  void rule2IsCheckedBeforeRule3() {
    Bytes typed = TxSigner.signEip1559(KEY_A, 1, 0, GWEI, GWEI, 21_000, B, ETHER, Bytes.EMPTY);
    Bytes badSig = TxFixtures.withItem(typed, 10, Bytes.fromHex("80"));
    assertInvalid(funded(), badSig, Validity.WRONG_CHAIN_ID);
  }

  @Test
  void rule3InvalidSignature() {
    Bytes raw = TxFixtures.withItem(StfFixtures.legacy(0, B, ETHER, ""), 7, Bytes.fromHex("80")); // r = 0
    assertEquals("invalid sender", assertInvalid(funded(), raw, Validity.INVALID_SIGNATURE));
    SignedTx tx = decode(raw);
    assertEquals(Validity.INVALID_SIGNATURE, invalid(Stf.applyTx(funded(), tx, Optional.empty(), PARAMS)).reason());
  }

  @Test
  void rule4GasLimitBelowTheKindsGas() {
    Bytes transfer = TxSigner.signLegacy(KEY_A, CHAIN_ID, 0, GWEI, 20_999, B, ETHER, Bytes.EMPTY);
    assertTrue(assertInvalid(funded(), transfer, Validity.INTRINSIC_GAS_TOO_LOW).startsWith("intrinsic gas too low"));
    Bytes token = TxSigner.signLegacy(KEY_A, CHAIN_ID, 0, GWEI, 49_999, TOKEN, BigInteger.ZERO,
        Bytes.fromHex(TxFixtures.transfer(B, BigInteger.ONE)));
    assertInvalid(funded(), token, Validity.INTRINSIC_GAS_TOO_LOW);
    Bytes exact = TxSigner.signLegacy(KEY_A, CHAIN_ID, 0, GWEI, 50_000, TOKEN, BigInteger.ZERO,
        Bytes.fromHex(TxFixtures.transfer(B, BigInteger.ONE)));
    assertEquals(1, StfFixtures.executed(Stf.applyTx(funded(), exact, PARAMS)).status());
  }

  @Test
  void rule5LegacyGasPriceBelowTheBaseFee() {
    Bytes raw = TxSigner.signLegacy(KEY_A, CHAIN_ID, 0, GWEI.subtract(BigInteger.ONE), 21_000, B, ETHER, Bytes.EMPTY);
    assertTrue(assertInvalid(funded(), raw, Validity.UNDERPRICED).startsWith("transaction underpriced"));
  }

  @Test
  void rule5MaxFeeBelowTheBaseFee() {
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, BigInteger.ZERO, GWEI.subtract(BigInteger.ONE), 21_000, B,
        ETHER, Bytes.EMPTY);
    assertTrue(assertInvalid(funded(), raw, Validity.UNDERPRICED)
        .startsWith("max fee per gas less than block base fee"));
  }

  @Test
  void rule5TipAboveMaxFee() {
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, gwei(3), gwei(2), 21_000, B, ETHER, Bytes.EMPTY);
    assertTrue(assertInvalid(funded(), raw, Validity.TIP_ABOVE_FEE)
        .startsWith("max priority fee per gas higher than max fee per gas"));
  }

  @Test
  void rule5MaxFeeIsCheckedBeforeTheTip() {
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, gwei(5), BigInteger.ONE, 21_000, B, ETHER, Bytes.EMPTY);
    assertInvalid(funded(), raw, Validity.UNDERPRICED);
  }

  @Test
  void rule6NonceTooLowAndTooHigh() {
    StateTree s = Stf.applyTx(funded(), StfFixtures.legacy(0, B, ETHER, ""), PARAMS).post();
    assertTrue(assertInvalid(s, StfFixtures.legacy(0, B, ETHER, ""), Validity.NONCE_TOO_LOW).startsWith("nonce too low"));
    assertTrue(assertInvalid(s, StfFixtures.legacy(2, B, ETHER, ""), Validity.NONCE_TOO_HIGH).startsWith("nonce too high"));
    StfFixtures.executed(Stf.applyTx(s, StfFixtures.legacy(1, B, ETHER, ""), PARAMS));
  }

  @Test
  void rule6NonceAtMaxValue() {
    StateTree s = StateTree.empty().set(StateKeys.account(A), new Account(-1L, ETHER).toWord());
    Bytes raw = TxSigner.signLegacy(KEY_A, CHAIN_ID, -1L, GWEI, 21_000, B, BigInteger.ONE, Bytes.EMPTY);
    assertTrue(assertInvalid(s, raw, Validity.NONCE_MAX).startsWith("nonce has max value"));
  }

  @Test
  void rule7FundsForGasLimitTimesMaxPricePlusValue() {
    // cost = 100_000 * 1 gwei + value; the fee actually paid (21_000 gwei) does not matter
    BigInteger cost = gwei(100_000);
    BigInteger value = TEN_ETHER.subtract(cost);
    assertInvalid(funded(), StfFixtures.legacy(0, B, value.add(BigInteger.ONE), ""), Validity.INSUFFICIENT_FUNDS);
    EntryResult ok = Stf.applyTx(funded(), StfFixtures.legacy(0, B, value, ""), PARAMS);
    assertEquals(1, StfFixtures.executed(ok).status());
  }

  @Test
  void rule7UsesTheMaxFeeNotTheEffectivePrice() {
    // maxFee 100 gwei * 100_000 gas = 0.01 ether; the sender has 0.009
    StateTree s = StfFixtures.fundEth(StateTree.empty(), A, gwei(9_000_000));
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, BigInteger.ZERO, gwei(100), 100_000, B, BigInteger.ZERO,
        Bytes.EMPTY);
    assertTrue(assertInvalid(s, raw, Validity.INSUFFICIENT_FUNDS).startsWith("insufficient funds for gas * price + value"));
  }

  @Test
  void rule7CostAbove2To256IsInsufficient() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, BigInteger.ZERO, max, -1L, B, max, Bytes.EMPTY);
    assertInvalid(funded(), raw, Validity.INSUFFICIENT_FUNDS);
  }

  @Test
  void anAccountThatDoesNotExistHasNonceZeroAndNoFunds() {
    Bytes raw = TxSigner.signLegacy(TxFixtures.KEY_C, CHAIN_ID, 0, GWEI, 21_000, B, BigInteger.ZERO, Bytes.EMPTY);
    assertInvalid(funded(), raw, Validity.INSUFFICIENT_FUNDS);
  }

  @Test
  void checkReportsValidForAValidTransaction() {
    SignedTx tx = decode(StfFixtures.legacy(0, B, ETHER, ""));
    assertEquals(Validity.VALID, Stf.check(funded(), tx, A, PARAMS));
  }
}
