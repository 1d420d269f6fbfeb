package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import java.math.BigInteger;
import java.util.Optional;
import java.util.Random;

/**
 * The kinds of a valid transaction (docs/protocol.md 3.2, 3.4), each with its status-0 paths and
 * the pre-state it needs: the recipient's and fee recipient's leaves (present or absent, near
 * their caps), token balances and the withdrawal count. The sender is funded afterwards.
 */
final class ValidTxs {
  private static final long ETH = 21_000;
  private static final long TOKEN = 50_000;
  private static final long ETH_WITHDRAWAL = 60_000;
  private static final long TOKEN_WITHDRAWAL = 80_000;

  private ValidTxs() {}

  /** The label of the kind drafted into {@code t}, and the pre-state it meets. */
  record Shaped(String label, StateTree pre) {}

  static Shaped shape(ScenarioFactory f, TxSpec t, Wallets.Wallet sender, StateTree pre) {
    Random rnd = f.rnd;
    Address me = sender.address();
    return switch (rnd.nextInt(12)) {
      case 0, 1, 2 -> ethTransfer(f, t, pre);
      case 3, 4 -> tokenTransfer(f, t, me, pre, true);
      case 5 -> tokenTransfer(f, t, me, pre, false);
      case 6, 7 -> ethWithdrawal(f, t, pre, rnd.nextInt(4) != 0);
      case 8 -> tokenWithdrawal(f, t, me, pre, "token-withdrawal");
      case 9 -> tokenWithdrawal(f, t, me, pre, rnd.nextBoolean() ? "token-withdrawal-zero" : "token-withdrawal-insufficient");
      default -> Unsupported.shape(f, t, sender, pre);
    };
  }

  private static Shaped ethTransfer(ScenarioFactory f, TxSpec t, StateTree pre) {
    Address to = f.party();
    t.to = Optional.of(to);
    t.value = f.rnd.nextInt(6) == 0 ? BigInteger.ZERO : BigInteger.valueOf(f.rnd.nextLong() >>> 4);
    t.gasLimit = gas(f.rnd, ETH);
    if (f.rnd.nextBoolean()) {
      pre = pre.set(StateKeys.account(to), new Account(f.rnd.nextInt(50), f.balanceNear(Account.MAX_BALANCE)).toWord());
    }
    return new Shaped("eth-transfer", pre);
  }

  private static Shaped tokenTransfer(ScenarioFactory f, TxSpec t, Address me, StateTree pre, boolean enough) {
    Address token = f.token();
    Address to = f.party();
    BigInteger amount = amount(f);
    t.to = Optional.of(token);
    t.data = Calls.transfer(to, amount);
    t.gasLimit = gas(f.rnd, TOKEN);
    if (f.rnd.nextBoolean()) {
      pre = pre.set(StateKeys.token(token, to), Bytes32.fromBigInteger(f.balanceNear(ScenarioFactory.MAX_U256)));
    }
    pre = tokenBalance(f, pre, token, me, amount, enough);
    return new Shaped(enough ? "token-transfer" : "token-transfer-insufficient", pre);
  }

  private static Shaped ethWithdrawal(ScenarioFactory f, TxSpec t, StateTree pre, boolean nonZero) {
    t.to = Optional.of(Calls.L2_BRIDGE);
    t.data = Calls.withdrawEth(f.party());
    t.value = nonZero ? amount(f) : BigInteger.ZERO;
    t.gasLimit = gas(f.rnd, ETH_WITHDRAWAL);
    return new Shaped(nonZero ? "eth-withdrawal" : "eth-withdrawal-zero", withdrawals(f, pre));
  }

  private static Shaped tokenWithdrawal(ScenarioFactory f, TxSpec t, Address me, StateTree pre, String label) {
    Address token = f.token();
    BigInteger amount = label.endsWith("-zero") ? BigInteger.ZERO : amount(f);
    t.to = Optional.of(Calls.L2_BRIDGE);
    t.data = Calls.withdrawToken(token, f.party(), amount);
    t.gasLimit = gas(f.rnd, TOKEN_WITHDRAWAL);
    pre = tokenBalance(f, pre, token, me, amount, !label.endsWith("-insufficient"));
    return new Shaped(label, withdrawals(f, pre));
  }

  /** The sender's token balance: at least {@code amount}, or below it (absent if zero). */
  private static StateTree tokenBalance(
      ScenarioFactory f, StateTree pre, Address token, Address owner, BigInteger amount, boolean enough) {
    BigInteger balance = enough
        ? amount.add(f.rnd.nextBoolean() ? BigInteger.ZERO : BigInteger.valueOf(f.rnd.nextLong() >>> 1))
        : f.randomBelow(amount.max(BigInteger.ONE));
    return pre.set(StateKeys.token(token, owner), Bytes32.fromBigInteger(balance.min(ScenarioFactory.MAX_U256)));
  }

  /** A withdrawal count (absent = 0), and sometimes a leaf already at the next index. */
  private static StateTree withdrawals(ScenarioFactory f, StateTree pre) {
    if (f.rnd.nextInt(3) == 0) {
      return pre;
    }
    int count = f.rnd.nextInt(40);
    pre = pre.set(StateKeys.WITHDRAWAL_COUNT, Bytes32.fromLong(count));
    if (f.rnd.nextInt(5) == 0) {
      pre = pre.set(StateKeys.withdrawal(count), Bytes32.fromLong(f.rnd.nextInt(1000)));
    }
    return pre;
  }

  static BigInteger amount(ScenarioFactory f) {
    return switch (f.rnd.nextInt(8)) {
      case 0 -> BigInteger.ONE;
      case 1 -> BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
      default -> BigInteger.valueOf(1 + (f.rnd.nextLong() >>> 4));
    };
  }

  /** The kind's gas, or a little more. */
  static long gas(Random rnd, long kindGas) {
    return rnd.nextBoolean() ? kindGas : kindGas + rnd.nextInt(50_000);
  }

  static Bytes randomData(Random rnd, int length) {
    byte[] b = new byte[length];
    rnd.nextBytes(b);
    return Bytes.wrap(b);
  }
}
