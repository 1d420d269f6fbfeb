package dev.vigil.protocol.state;

import static dev.vigil.protocol.state.StfFixtures.GWEI;
import static dev.vigil.protocol.state.StfFixtures.PARAMS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Many random entries, valid and invalid: no ETH or token is created or lost. For every asset,
 * the sum of L2 balances plus the amounts withdrawn equals the amounts deposited; an invalid
 * entry leaves the very same tree; {@link Stf#check} agrees with execution.
 */
class StfConservationTest {
  private static final int STEPS = 800;
  private static final Address[] TOKENS = {
    Address.fromHex("0x00000000000000000000000000000000000070c1"),
    Address.fromHex("0x00000000000000000000000000000000000070c2")};

  private final Random rnd = new Random(20260101);
  private final List<BigInteger> keys = new ArrayList<>();
  private final List<Address> holders = new ArrayList<>();
  private final Map<Address, BigInteger> deposited = new HashMap<>();
  private final Map<Address, BigInteger> withdrawn = new HashMap<>();
  private final Map<String, Integer> seen = new HashMap<>();
  private final List<Withdrawal> withdrawals = new ArrayList<>();
  private StateTree state = StateTree.empty();

  @Test
  void randomEntriesConserveEveryAsset() {
    for (int i = 0; i < 6; i++) {
      BigInteger key = new BigInteger(250, rnd).add(BigInteger.ONE);
      keys.add(key);
      holders.add(TxSigner.address(key));
    }
    holders.add(Address.fromHex("0x00000000000000000000000000000000000000aa")); // receives, never sends
    holders.add(PARAMS.feeRecipient());
    for (int step = 0; step < STEPS; step++) {
      int dice = rnd.nextInt(10);
      if (dice < 2) {
        deposit();
      } else {
        transaction(dice == 2);
      }
      if (step % 100 == 99) {
        assertConserved();
      }
    }
    assertConserved();
    assertWithdrawalsRecorded();
    for (String path : List.of("invalid", "status0", "status1", "withdrawal", "deposit")) {
      assertTrue(seen.getOrDefault(path, 0) > 10, path + " was exercised " + seen.get(path) + " times");
    }
  }

  private void deposit() {
    Address to = holders.get(rnd.nextInt(holders.size()));
    BigInteger amount = BigInteger.valueOf(rnd.nextInt(1_000_000)).multiply(GWEI);
    Address asset = rnd.nextBoolean() ? Withdrawal.ETH : TOKENS[rnd.nextInt(TOKENS.length)];
    QueueItem item = asset.equals(Withdrawal.ETH)
        ? new QueueItem.EthDeposit(to, amount) : new QueueItem.TokenDeposit(asset, to, amount);
    state = Stf.applyQueueItem(state, item, PARAMS).post();
    deposited.merge(asset, amount, BigInteger::add);
    seen.merge("deposit", 1, Integer::sum);
  }

  private void transaction(boolean forced) {
    int k = rnd.nextInt(keys.size());
    Bytes raw = RandomTxs.next(rnd, keys.get(k), new L2State(state).account(holders.get(k)).nonce(), holders, TOKENS);
    StateTree pre = state;
    EntryResult r = forced
        ? Stf.applyQueueItem(pre, new QueueItem.ForcedTx(raw), PARAMS)
        : Stf.applyTx(pre, raw, PARAMS);
    state = r.post();
    if (r.outcome() instanceof Outcome.Invalid inv) {
      assertSame(pre, r.post(), inv.detail());
      seen.merge("invalid", 1, Integer::sum);
      assertCheckAgrees(pre, raw, inv.reason());
      return;
    }
    Outcome.Executed ex = (Outcome.Executed) r.outcome();
    seen.merge("status" + ex.status(), 1, Integer::sum);
    assertCheckAgrees(pre, raw, Validity.VALID);
    ex.withdrawal().ifPresent(w -> {
      withdrawn.merge(w.token(), w.amount(), BigInteger::add);
      withdrawals.add(w);
      seen.merge("withdrawal", 1, Integer::sum);
    });
  }

  /** For a well-formed, correctly signed transaction, the mempool check names the same rule. */
  private void assertCheckAgrees(StateTree pre, Bytes raw, Validity expected) {
    if (TxDecoder.decode(raw) instanceof TxDecoding.Ok ok) {
      Optional<Address> sender = SenderRecovery.recover(ok.tx());
      if (sender.isPresent() && expected != Validity.INVALID_SIGNATURE) {
        assertEquals(expected, Stf.check(pre, ok.tx(), sender.get(), PARAMS));
      }
    }
  }

  private void assertConserved() {
    L2State s = new L2State(state);
    BigInteger eth = BigInteger.ZERO;
    Map<Address, BigInteger> tokens = new HashMap<>();
    for (Address h : holders) {
      eth = eth.add(s.account(h).balance());
      for (Address t : TOKENS) {
        tokens.merge(t, s.tokenBalance(t, h), BigInteger::add);
      }
    }
    assertEquals(deposited.getOrDefault(Withdrawal.ETH, BigInteger.ZERO),
        eth.add(withdrawn.getOrDefault(Withdrawal.ETH, BigInteger.ZERO)), "ETH");
    for (Address t : TOKENS) {
      assertEquals(deposited.getOrDefault(t, BigInteger.ZERO),
          tokens.get(t).add(withdrawn.getOrDefault(t, BigInteger.ZERO)), "token " + t);
    }
  }

  private void assertWithdrawalsRecorded() {
    L2State s = new L2State(state);
    assertEquals(withdrawals.size(), s.withdrawalCount());
    for (int i = 0; i < withdrawals.size(); i++) {
      assertEquals(i, withdrawals.get(i).index());
      assertEquals(withdrawals.get(i).leafValue(), s.withdrawalLeaf(i));
    }
  }
}
