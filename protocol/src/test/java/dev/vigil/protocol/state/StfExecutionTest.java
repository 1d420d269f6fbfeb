package dev.vigil.protocol.state;

import static dev.vigil.protocol.state.StfFixtures.A;
import static dev.vigil.protocol.state.StfFixtures.B;
import static dev.vigil.protocol.state.StfFixtures.CHAIN_ID;
import static dev.vigil.protocol.state.StfFixtures.ETHER;
import static dev.vigil.protocol.state.StfFixtures.GWEI;
import static dev.vigil.protocol.state.StfFixtures.KEY_A;
import static dev.vigil.protocol.state.StfFixtures.L1_RECIPIENT;
import static dev.vigil.protocol.state.StfFixtures.PARAMS;
import static dev.vigil.protocol.state.StfFixtures.SEQUENCER;
import static dev.vigil.protocol.state.StfFixtures.TOKEN;
import static dev.vigil.protocol.state.StfFixtures.account;
import static dev.vigil.protocol.state.StfFixtures.executed;
import static dev.vigil.protocol.state.StfFixtures.funded;
import static dev.vigil.protocol.state.StfFixtures.gwei;
import static dev.vigil.protocol.state.StfFixtures.legacy;
import static dev.vigil.protocol.state.StfFixtures.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxFixtures;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/protocol.md 3.4: every kind, every status-0 path, and the aliasing cases. */
class StfExecutionTest {
  private static final BigInteger TEN_ETHER = ETHER.multiply(BigInteger.TEN);
  private static final BigInteger THOUSAND = BigInteger.valueOf(1000);
  private static final BigInteger FEE_21K = gwei(21_000);

  private static EntryResult apply(StateTree pre, Bytes raw) {
    return Stf.applyTx(pre, raw, PARAMS);
  }

  /** Nonce 1 and 10 ether minus {@code spent}; the sequencer holds {@code fee}. */
  private static void assertCharged(StateTree s, BigInteger spent, BigInteger fee) {
    assertEquals(new Account(1, TEN_ETHER.subtract(spent)), account(s, A));
    assertEquals(new Account(0, fee), account(s, SEQUENCER));
  }

  @Test
  void ethTransfer() {
    EntryResult r = apply(funded(), legacy(0, B, ETHER, ""));
    Outcome.Executed ex = executed(r);
    assertEquals(new Outcome.Executed(A, new TxKind.EthTransfer(B, ETHER), 1, 21_000, FEE_21K, Optional.empty()), ex);
    assertCharged(r.post(), ETHER.add(FEE_21K), FEE_21K);
    assertEquals(new Account(0, ETHER), account(r.post(), B));
  }

  @Test
  void tokenTransfer() {
    Bytes raw = legacy(0, TOKEN, BigInteger.ZERO, TxFixtures.transfer(B, BigInteger.valueOf(300)));
    EntryResult r = apply(funded(), raw);
    assertEquals(1, executed(r).status());
    assertEquals(50_000, executed(r).gasUsed());
    assertCharged(r.post(), gwei(50_000), gwei(50_000));
    assertEquals(BigInteger.valueOf(700), token(r.post(), A));
    assertEquals(BigInteger.valueOf(300), token(r.post(), B));
  }

  @Test
  void tokenTransferOfMoreThanHeldIsStatus0() {
    Bytes raw = legacy(0, TOKEN, BigInteger.ZERO, TxFixtures.transfer(B, THOUSAND.add(BigInteger.ONE)));
    EntryResult r = apply(funded(), raw);
    assertEquals(0, executed(r).status());
    assertCharged(r.post(), gwei(50_000), gwei(50_000));
    assertEquals(THOUSAND, token(r.post(), A));
    assertEquals(BigInteger.ZERO, token(r.post(), B));
  }

  @Test
  void tokenTransferOfAnUnknownTokenIsStatus0() {
    Address other = Address.fromHex("0x00000000000000000000000000000000000070c0");
    EntryResult r = apply(funded(), legacy(0, other, BigInteger.ZERO, TxFixtures.transfer(B, BigInteger.ONE)));
    assertEquals(0, executed(r).status());
  }

  @Test
  void ethWithdrawalRecordsWithdrawalZero() {
    Bytes raw = legacy(0, TxClassifier.L2_BRIDGE, ETHER, TxFixtures.withdrawEth(L1_RECIPIENT));
    EntryResult r = apply(funded(), raw);
    Withdrawal w = new Withdrawal(0, Withdrawal.ETH, L1_RECIPIENT, ETHER);
    assertEquals(new Outcome.Executed(A, new TxKind.EthWithdrawal(L1_RECIPIENT, ETHER), 1, 60_000, gwei(60_000),
        Optional.of(w)), executed(r));
    assertCharged(r.post(), ETHER.add(gwei(60_000)), gwei(60_000));
    L2State s = new L2State(r.post());
    assertEquals(1, s.withdrawalCount());
    assertEquals(w.leafValue(), s.withdrawalLeaf(0));
    assertTrue(StateTree.verify(r.post().root(), w.leafKey(), w.leafValue(), r.post().proof(w.leafKey())));
  }

  @Test
  void ethWithdrawalOfZeroIsStatus0() {
    EntryResult r = apply(funded(), legacy(0, TxClassifier.L2_BRIDGE, BigInteger.ZERO,
        TxFixtures.withdrawEth(L1_RECIPIENT)));
    assertEquals(0, executed(r).status());
    assertEquals(Optional.empty(), executed(r).withdrawal());
    assertCharged(r.post(), gwei(60_000), gwei(60_000));
    assertEquals(0, new L2State(r.post()).withdrawalCount());
  }

  @Test
  void tokenWithdrawal() {
    Bytes raw = legacy(0, TxClassifier.L2_BRIDGE, BigInteger.ZERO,
        TxFixtures.withdrawToken(TOKEN, L1_RECIPIENT, BigInteger.valueOf(400)));
    EntryResult r = apply(funded(), raw);
    Withdrawal w = new Withdrawal(0, TOKEN, L1_RECIPIENT, BigInteger.valueOf(400));
    assertEquals(Optional.of(w), executed(r).withdrawal());
    assertEquals(80_000, executed(r).gasUsed());
    assertCharged(r.post(), gwei(80_000), gwei(80_000));
    assertEquals(BigInteger.valueOf(600), token(r.post(), A));
    assertEquals(w.leafValue(), new L2State(r.post()).withdrawalLeaf(0));
  }

  @Test
  void tokenWithdrawalOfZeroOrOfMoreThanHeldIsStatus0() {
    for (BigInteger amount : new BigInteger[] {BigInteger.ZERO, THOUSAND.add(BigInteger.ONE)}) {
      EntryResult r = apply(funded(), legacy(0, TxClassifier.L2_BRIDGE, BigInteger.ZERO,
          TxFixtures.withdrawToken(TOKEN, L1_RECIPIENT, amount)));
      assertEquals(0, executed(r).status(), "amount " + amount);
      assertCharged(r.post(), gwei(80_000), gwei(80_000));
      assertEquals(THOUSAND, token(r.post(), A));
      assertEquals(0, new L2State(r.post()).withdrawalCount());
    }
  }

  @Test
  void unsupportedIsStatus0ButPaysAndBumpsTheNonce() {
    Bytes unknown = legacy(0, B, ETHER, "deadbeef");
    EntryResult r = apply(funded(), unknown);
    assertEquals(new TxKind.Unsupported("unknown calldata"), executed(r).kind());
    assertEquals(0, executed(r).status());
    assertCharged(r.post(), FEE_21K, FEE_21K);
    assertEquals(Account.EMPTY, account(r.post(), B));
    Bytes creation = TxSigner.signLegacy(KEY_A, CHAIN_ID, 0, GWEI, 100_000, Optional.empty(), ETHER,
        Bytes.fromHex("6000"));
    EntryResult c = apply(funded(), creation);
    assertEquals(0, executed(c).status());
    assertCharged(c.post(), FEE_21K, FEE_21K);
  }

  @Test
  void withdrawalsTakeConsecutiveIndices() {
    StateTree s = funded();
    s = apply(s, legacy(0, TxClassifier.L2_BRIDGE, ETHER, TxFixtures.withdrawEth(L1_RECIPIENT))).post();
    s = apply(s, legacy(1, TxClassifier.L2_BRIDGE, BigInteger.ZERO, TxFixtures.withdrawEth(L1_RECIPIENT))).post();
    EntryResult r = apply(s, legacy(2, TxClassifier.L2_BRIDGE, BigInteger.ZERO,
        TxFixtures.withdrawToken(TOKEN, B, BigInteger.ONE)));
    assertEquals(Optional.of(new Withdrawal(1, TOKEN, B, BigInteger.ONE)), executed(r).withdrawal());
    L2State st = new L2State(r.post());
    assertEquals(2, st.withdrawalCount());
    assertEquals(new Withdrawal(0, Withdrawal.ETH, L1_RECIPIENT, ETHER).leafValue(), st.withdrawalLeaf(0));
    assertEquals(new Withdrawal(1, TOKEN, B, BigInteger.ONE).leafValue(), st.withdrawalLeaf(1));
  }

  @Test
  void selfTransferOnlyPaysTheFee() {
    EntryResult r = apply(funded(), legacy(0, A, ETHER, ""));
    assertEquals(1, executed(r).status());
    assertCharged(r.post(), FEE_21K, FEE_21K);
  }

  @Test
  void selfTokenTransferKeepsTheBalance() {
    EntryResult r = apply(funded(), legacy(0, TOKEN, BigInteger.ZERO, TxFixtures.transfer(A, BigInteger.TEN)));
    assertEquals(1, executed(r).status());
    assertEquals(THOUSAND, token(r.post(), A));
  }

  @Test
  void senderAsFeeRecipientGetsItsFeeBack() {
    ChainParams p = new ChainParams(CHAIN_ID, GWEI, A);
    EntryResult r = Stf.applyTx(funded(), legacy(0, B, ETHER, ""), p);
    assertEquals(FEE_21K, executed(r).fee());
    assertEquals(new Account(1, TEN_ETHER.subtract(ETHER)), account(r.post(), A));
    assertEquals(new Account(0, ETHER), account(r.post(), B));
  }

  @Test
  void senderAsFeeRecipientCanSpendItsWholeBalance() {
    // cost = 100_000 gwei + value == balance: valid; the fee comes back before the value leaves
    ChainParams p = new ChainParams(CHAIN_ID, GWEI, A);
    BigInteger value = TEN_ETHER.subtract(gwei(100_000));
    EntryResult r = Stf.applyTx(funded(), legacy(0, B, value, ""), p);
    assertEquals(new Account(1, gwei(100_000)), account(r.post(), A));
  }

  @Test
  void recipientAsFeeRecipient() {
    ChainParams p = new ChainParams(CHAIN_ID, GWEI, B);
    EntryResult r = Stf.applyTx(funded(), legacy(0, B, ETHER, ""), p);
    assertEquals(new Account(0, ETHER.add(FEE_21K)), account(r.post(), B));
  }

  @Test
  void ethCreditsSaturateAtMaxBalance() {
    BigInteger max = Account.MAX_BALANCE;
    StateTree s = StfFixtures.fundEth(funded(), B, max.subtract(BigInteger.TEN));
    StateTree after = apply(s, legacy(0, B, ETHER, "")).post();
    assertEquals(max, account(after, B).balance());
    StateTree fees = StfFixtures.fundEth(funded(), SEQUENCER, max);
    assertEquals(max, account(apply(fees, legacy(0, B, ETHER, "")).post(), SEQUENCER).balance());
    assertEquals(max, account(StfFixtures.fundEth(s, B, max), B).balance());
  }

  @Test
  void tokenCreditsSaturateAt2To256Minus1() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    StateTree s = StfFixtures.fundToken(funded(), TOKEN, B, max.subtract(BigInteger.ONE));
    StateTree after = apply(s, legacy(0, TOKEN, BigInteger.ZERO, TxFixtures.transfer(B, BigInteger.TEN))).post();
    assertEquals(max, token(after, B));
    assertEquals(BigInteger.valueOf(990), token(after, A));
    assertEquals(max, token(StfFixtures.fundToken(s, TOKEN, B, max), B));
  }

  @Test
  void eip1559PaysTheEffectivePrice() {
    // base 1 gwei + tip 2 gwei = 3 gwei < maxFee 5 gwei
    Bytes raw = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, gwei(2), gwei(5), 100_000, B, ETHER, Bytes.EMPTY);
    EntryResult r = apply(funded(), raw);
    assertEquals(gwei(63_000), executed(r).fee());
    assertCharged(r.post(), ETHER.add(gwei(63_000)), gwei(63_000));
    // tip 5 gwei: base + tip = 6 gwei, capped by maxFee 5 gwei
    Bytes capped = TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, gwei(5), gwei(5), 100_000, B, ETHER, Bytes.EMPTY);
    assertEquals(gwei(105_000), executed(apply(funded(), capped)).fee());
  }

  @Test
  void aZeroFeeWritesNoFeeRecipientLeaf() {
    ChainParams free = new ChainParams(CHAIN_ID, BigInteger.ZERO, SEQUENCER);
    Bytes raw = TxSigner.signLegacy(KEY_A, CHAIN_ID, 0, BigInteger.ZERO, 21_000, B, ETHER, Bytes.EMPTY);
    EntryResult r = Stf.applyTx(funded(), raw, free);
    assertEquals(BigInteger.ZERO, executed(r).fee());
    assertEquals(Bytes32.ZERO, r.post().get(StateKeys.account(SEQUENCER)));
    assertEquals(3, r.post().size()); // A, A's token and B; nothing for the sequencer
  }
}
