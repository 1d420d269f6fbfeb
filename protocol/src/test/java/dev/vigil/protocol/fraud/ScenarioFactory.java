package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Random entries for the differential test of the two STFs: every kind and outcome of docs/
 * protocol.md 3 and 4 from random pre-states. Transactions are drafted valid (sender funded,
 * nonce right) and then, for the invalid scenarios, one validity rule is broken
 * ({@link InvalidTxs}) or the bytes are made malformed ({@link Malformations}).
 */
final class ScenarioFactory {
  static final BigInteger GWEI = BigInteger.TEN.pow(9);
  static final BigInteger MAX_U256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

  final Random rnd;
  final ChainParams params;
  final Wallets wallets;
  private final StateTree base;
  private final List<Address> tokens;

  ScenarioFactory(Random rnd, ChainParams params, Wallets wallets, StateTree base) {
    this.rnd = rnd;
    this.params = params;
    this.wallets = wallets;
    this.base = base;
    this.tokens = List.of(address(0x70), address(0x71), address(0x72));
  }

  Scenario next() {
    int r = rnd.nextInt(100);
    if (r < 40) {
      return valid().scenario();
    }
    if (r < 62) {
      return InvalidTxs.any(this, valid()).scenario();
    }
    if (r < 78) {
      return malformed();
    }
    if (r < 93) {
      return deposit();
    }
    return forced();
  }

  /** A transaction before signing: what it is, who signs it, the state it meets. */
  final class Draft {
    String label;
    final TxSpec tx;
    Wallets.Wallet sender;
    StateTree pre;

    Draft(String label, TxSpec tx, Wallets.Wallet sender, StateTree pre) {
      this.label = label;
      this.tx = tx;
      this.sender = sender;
      this.pre = pre;
    }

    /** The sender's account: nonce and balance, written last (it may be any other party too). */
    Draft fund(long nonce, BigInteger balance) {
      pre = pre.set(StateKeys.account(sender.address()), new Account(nonce, balance).toWord());
      return this;
    }

    Bytes raw() {
      return tx.sign(sender.key());
    }

    Scenario scenario() {
      return new Scenario(label, pre, new Scenario.Entry.Tx(raw()));
    }
  }

  /** A valid transaction of a random kind, its sender funded for it (status 1 or 0). */
  Draft valid() {
    Wallets.Wallet sender = wallets.pick(rnd);
    TxSpec t = priced();
    ValidTxs.Shaped shaped = ValidTxs.shape(this, t, sender, withFeeRecipient(base));
    Draft d = new Draft(shaped.label(), t, sender, shaped.pre());
    BigInteger extra = rnd.nextInt(4) == 0 ? BigInteger.ZERO : BigInteger.valueOf(rnd.nextLong() >>> 2);
    return d.fund(t.nonce, t.cost().add(extra));
  }

  /** Chain id, type, prices and nonce of a valid transaction; kind fields left to the caller. */
  private TxSpec priced() {
    TxSpec t = new TxSpec();
    t.legacy = rnd.nextBoolean();
    t.chainId = BigInteger.valueOf(params.chainId());
    BigInteger base = params.baseFee();
    t.maxFee = rnd.nextInt(4) == 0 ? base : base.add(gwei(rnd.nextInt(3000)));
    t.maxPriority = t.legacy ? t.maxFee : randomBelow(t.maxFee.add(BigInteger.ONE));
    t.nonce = switch (rnd.nextInt(8)) {
      case 0, 1, 2 -> 0;
      case 3 -> -2L; // 2^64 - 2, the largest nonce that can still be used
      default -> rnd.nextInt(5000);
    };
    if (!t.legacy && rnd.nextInt(10) == 0) {
      t.accessList = accessList();
    }
    return t;
  }

  private Scenario malformed() {
    Draft d = valid();
    if (rnd.nextInt(100) == 0) {
      d.tx.to = some(randomAddress());
      Unsupported.sizeTo(this, d.tx, d.sender, 4097);
      return new Scenario("malformed-oversized", d.pre, new Scenario.Entry.Tx(d.raw()));
    }
    Malformations.Malformed m = Malformations.any(rnd, d.raw());
    return new Scenario("malformed-" + m.rule(), d.pre, new Scenario.Entry.Tx(m.raw()));
  }

  private Scenario deposit() {
    Address to = party();
    StateTree pre = withFeeRecipient(base);
    BigInteger amount = depositAmount();
    if (rnd.nextBoolean()) {
      pre = pre.set(StateKeys.account(to), new Account(rnd.nextInt(9), balanceNear(Account.MAX_BALANCE)).toWord());
      return new Scenario("eth-deposit", pre, new Scenario.Entry.Queue(new QueueItem.EthDeposit(to, amount)));
    }
    Address token = token();
    pre = pre.set(StateKeys.token(token, to), Bytes32.fromBigInteger(balanceNear(MAX_U256)));
    return new Scenario("token-deposit", pre, new Scenario.Entry.Queue(new QueueItem.TokenDeposit(token, to, amount)));
  }

  private Scenario forced() {
    Scenario inner = switch (rnd.nextInt(3)) {
      case 0 -> valid().scenario();
      case 1 -> InvalidTxs.any(this, valid()).scenario();
      default -> malformed();
    };
    Bytes raw = ((Scenario.Entry.Tx) inner.entry()).raw();
    if (raw.isEmpty() || raw.length() > 4096) {
      return forced();
    }
    return new Scenario("forced-" + inner.label(), inner.pre(), new Scenario.Entry.Queue(new QueueItem.ForcedTx(raw)));
  }

  /** Deposit amounts: mostly what the bridge allows (below 2^128), sometimes any uint256. */
  private BigInteger depositAmount() {
    return switch (rnd.nextInt(6)) {
      case 0 -> BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);
      case 1 -> randomBelow(MAX_U256).add(BigInteger.ONE);
      default -> BigInteger.valueOf(1 + (rnd.nextLong() >>> 1));
    };
  }

  /** Mostly small balances, sometimes within a little of the cap (saturating credits). */
  BigInteger balanceNear(BigInteger cap) {
    return switch (rnd.nextInt(4)) {
      case 0 -> BigInteger.ZERO;
      case 1 -> cap.subtract(BigInteger.valueOf(rnd.nextInt(1_000_000)));
      default -> BigInteger.valueOf(rnd.nextLong() >>> 1);
    };
  }

  /** The fee recipient's account: absent, or present with a random (possibly near-cap) balance. */
  private StateTree withFeeRecipient(StateTree pre) {
    if (rnd.nextBoolean()) {
      return pre;
    }
    return pre.set(StateKeys.account(params.feeRecipient()),
        new Account(rnd.nextInt(100), balanceNear(Account.MAX_BALANCE)).toWord());
  }

  /** Someone to pay: a wallet (possibly the sender or the fee recipient) or a fresh address. */
  Address party() {
    return switch (rnd.nextInt(5)) {
      case 0 -> params.feeRecipient();
      case 1, 2 -> wallets.pick(rnd).address();
      default -> randomAddress();
    };
  }

  Address token() {
    return tokens.get(rnd.nextInt(tokens.size()));
  }

  Address randomAddress() {
    byte[] b = new byte[20];
    rnd.nextBytes(b);
    return new Address(Bytes.wrap(b));
  }

  /** Uniform in {@code [0, bound)}; {@code bound >= 1}. */
  BigInteger randomBelow(BigInteger bound) {
    if (bound.signum() <= 0) {
      throw new IllegalArgumentException("empty range below " + bound);
    }
    BigInteger r;
    do {
      r = new BigInteger(bound.bitLength(), rnd);
    } while (r.compareTo(bound) >= 0);
    return r;
  }

  static BigInteger gwei(long n) {
    return GWEI.multiply(BigInteger.valueOf(n)).divide(BigInteger.valueOf(1000));
  }

  /** A well-formed non-empty access list: its contents are hashed but have no effect. */
  private Bytes accessList() {
    Bytes entry = Rlp.encodeList(List.of(Rlp.encodeString(randomAddress().bytes()),
        Rlp.encodeList(List.of(Rlp.encodeString(Bytes32.fromLong(rnd.nextInt()).toBytes())))));
    return Rlp.encodeList(List.of(entry, Rlp.encodeList(List.of(Rlp.encodeString(randomAddress().bytes()),
        Rlp.encodeList(List.of())))));
  }

  private static Address address(int last) {
    byte[] b = new byte[20];
    b[0] = (byte) 0xee;
    b[19] = (byte) last;
    return new Address(Bytes.wrap(b));
  }

  Optional<Address> some(Address a) {
    return Optional.of(a);
  }
}
