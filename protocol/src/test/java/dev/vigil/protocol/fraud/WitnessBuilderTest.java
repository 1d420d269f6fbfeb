package dev.vigil.protocol.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The witnesses follow docs/protocol.md 6.3 access by access: replaying them with the rules of
 * 2.4 (the Java twin in {@link StateWitness}) and the values each step writes walks from the
 * pre-state root to the STF's post-state root.
 */
class WitnessBuilderTest {
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final Wallets.Wallet ALICE = StfVectorGenerator.WALLETS.get(1);
  private static final Address BOB = StfVectorGenerator.WALLETS.get(2).address();
  private static final Address FEES = StfVectorGenerator.WALLETS.get(3).address();
  private static final ChainParams PARAMS = new ChainParams(42424, GWEI, FEES);
  private static final BigInteger FEE = GWEI.multiply(BigInteger.valueOf(21_000));

  private final StateTree pre = StfVectorGenerator.baseState(new java.util.Random(3), 40)
      .set(StateKeys.account(ALICE.address()), new Account(4, GWEI.pow(2)).toWord())
      .set(StateKeys.account(FEES), new Account(0, BigInteger.TEN).toWord());

  @Test
  void ethTransfer_senderFeeRecipientSenderRecipient() {
    Bytes raw = TxSigner.signLegacy(ALICE.key(), 42424, 4, GWEI, 21_000, BOB, BigInteger.TWO, Bytes.EMPTY);
    WitnessBuilder.Witnessed w = WitnessBuilder.transaction(pre, raw, PARAMS);
    BigInteger afterFee = GWEI.pow(2).subtract(FEE);
    replay(w, List.of(
        new Step(StateKeys.account(ALICE.address()), new Account(5, afterFee).toWord()),
        new Step(StateKeys.account(FEES), new Account(0, FEE.add(BigInteger.TEN)).toWord()),
        new Step(StateKeys.account(ALICE.address()), new Account(5, afterFee.subtract(BigInteger.TWO)).toWord()),
        new Step(StateKeys.account(BOB), new Account(0, BigInteger.TWO).toWord())));
    assertEquals(Stf.applyTx(pre, raw, PARAMS).post().root(), w.post().root());
  }

  @Test
  void ethWithdrawal_countBeforeLeaf() {
    Bytes raw = TxSigner.signLegacy(ALICE.key(), 42424, 4, GWEI, 60_000, Calls.L2_BRIDGE, BigInteger.ONE, Calls.withdrawEth(BOB));
    WitnessBuilder.Witnessed w = WitnessBuilder.transaction(pre, raw, PARAMS);
    BigInteger fee = GWEI.multiply(BigInteger.valueOf(60_000));
    BigInteger afterFee = GWEI.pow(2).subtract(fee);
    replay(w, List.of(
        new Step(StateKeys.account(ALICE.address()), new Account(5, afterFee).toWord()),
        new Step(StateKeys.account(FEES), new Account(0, fee.add(BigInteger.TEN)).toWord()),
        new Step(StateKeys.account(ALICE.address()), new Account(5, afterFee.subtract(BigInteger.ONE)).toWord()),
        new Step(StateKeys.WITHDRAWAL_COUNT, Bytes32.fromLong(1)),
        new Step(StateKeys.withdrawal(0), new dev.vigil.protocol.withdrawal.Withdrawal(0, Address.ZERO, BOB, BigInteger.ONE).leafValue())));
  }

  @Test
  void deposit_oneAccessOfTheRecipient() {
    WitnessBuilder.Witnessed w = WitnessBuilder.queueItem(pre, new QueueItem.EthDeposit(BOB, BigInteger.TEN), PARAMS);
    replay(w, List.of(new Step(StateKeys.account(BOB), new Account(0, BigInteger.TEN).toWord())));
  }

  @Test
  void wrongNonce_oneReadOfTheSenderAndNoWrite() {
    Bytes raw = TxSigner.signLegacy(ALICE.key(), 42424, 9, GWEI, 21_000, BOB, BigInteger.TWO, Bytes.EMPTY);
    WitnessBuilder.Witnessed w = WitnessBuilder.transaction(pre, raw, PARAMS);
    assertEquals(1, w.witnesses().size());
    assertTrue(w.witnesses().get(0).verifies(pre.root(), StateKeys.account(ALICE.address())));
    assertEquals(pre.root(), w.post().root());
  }

  @Test
  void malformedOrWrongChain_noAccessAtAll() {
    assertEquals(0, WitnessBuilder.transaction(pre, Bytes.fromHex("0xc0"), PARAMS).witnesses().size());
    Bytes other = TxSigner.signLegacy(ALICE.key(), 1, 4, GWEI, 21_000, BOB, BigInteger.TWO, Bytes.EMPTY);
    WitnessBuilder.Witnessed w = WitnessBuilder.transaction(pre, other, PARAMS);
    assertEquals(List.of(), w.witnesses());
    assertEquals(Bytes.EMPTY, w.encoded());
  }

  private record Step(Bytes32 key, Bytes32 written) {}

  /** Each witness verifies against the running root; writing the step's value moves it on. */
  private void replay(WitnessBuilder.Witnessed w, List<Step> steps) {
    assertEquals(steps.size(), w.witnesses().size(), "one witness per access");
    Bytes32 root = pre.root();
    for (int i = 0; i < steps.size(); i++) {
      StateWitness sw = w.witnesses().get(i);
      Step s = steps.get(i);
      assertTrue(sw.verifies(root, s.key()), "access " + i);
      root = sw.rootAfterWrite(s.key(), s.written());
    }
    assertEquals(w.post().root(), root);
  }
}
