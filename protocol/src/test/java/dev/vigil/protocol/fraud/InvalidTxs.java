package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.state.Account;
import java.math.BigInteger;
import java.util.List;

/**
 * Valid drafts with exactly one validity rule of docs/protocol.md 3.3 broken (rules 2-7; rule 1,
 * malformed bytes, is {@link Malformations}). Each is a no-op; rules 6-7 read the sender first.
 */
final class InvalidTxs {
  private static final BigInteger N =
      new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
  private static final List<String> RULES = List.of("wrong-chain-id", "bad-signature",
      "gas-limit-low", "underpriced", "tip-above-fee", "nonce-low", "nonce-high", "nonce-max",
      "insufficient-funds", "cost-overflow", "no-account");

  private InvalidTxs() {}

  /** A scenario (through its draft) breaking a random rule. */
  static Breakable any(ScenarioFactory f, ScenarioFactory.Draft d) {
    String rule = RULES.get(f.rnd.nextInt(RULES.size()));
    if (rule.equals("tip-above-fee") && d.tx.legacy) {
      rule = "underpriced";
    }
    if (rule.equals("underpriced") && f.params.baseFee().signum() == 0) {
      rule = "gas-limit-low";
    }
    if (rule.equals("insufficient-funds") && d.tx.cost().signum() == 0) {
      rule = "nonce-high"; // a free transaction cannot lack funds
    }
    d.label = rule;
    return switch (rule) {
      case "bad-signature" -> badSignature(f, d);
      default -> {
        breakRule(f, d, rule);
        yield new Breakable(d, null);
      }
    };
  }

  /** A draft, or bytes already made from it (a signature edited after signing). */
  record Breakable(ScenarioFactory.Draft draft, Bytes raw) {
    Scenario scenario() {
      return raw == null ? draft.scenario() : new Scenario(draft.label, draft.pre, new Scenario.Entry.Tx(raw));
    }
  }

  private static void breakRule(ScenarioFactory f, ScenarioFactory.Draft d, String rule) {
    TxSpec t = d.tx;
    long nonce = t.nonce;
    BigInteger balance = t.cost();
    switch (rule) {
      case "wrong-chain-id" -> t.chainId = switch (f.rnd.nextInt(4)) {
        case 0 -> t.chainId.add(BigInteger.ONE);
        case 1 -> BigInteger.ONE;
        case 2 -> t.chainId.add(BigInteger.ONE.shiftLeft(64));
        default -> t.chainId.add(BigInteger.ONE.shiftLeft(255));
      };
      case "gas-limit-low" -> t.gasLimit = f.rnd.nextInt((int) Math.min(t.gasLimit, 21_000));
      case "underpriced" -> t.maxFee = f.randomBelow(f.params.baseFee());
      case "tip-above-fee" -> t.maxPriority = t.maxFee.add(BigInteger.ONE).add(BigInteger.valueOf(f.rnd.nextInt(1000)));
      case "nonce-low" -> nonce = t.nonce + 1 + f.rnd.nextInt(3);
      case "nonce-high" -> t.nonce = nonce + 1 + f.rnd.nextInt(3);
      case "nonce-max" -> {
        t.nonce = -1L;
        nonce = -1L;
      }
      case "insufficient-funds" -> balance = f.randomBelow(t.cost());
      case "cost-overflow" -> {
        t.gasLimit = -1L;
        t.maxFee = BigInteger.ONE.shiftLeft(200 + f.rnd.nextInt(56));
        t.maxPriority = t.legacy ? t.maxFee : BigInteger.ZERO;
        balance = Account.MAX_BALANCE;
      }
      case "no-account" -> {
        d.pre = d.pre.set(dev.vigil.protocol.state.StateKeys.account(d.sender.address()), dev.vigil.protocol.bytes.Bytes32.ZERO);
        return;
      }
      default -> throw new IllegalArgumentException(rule);
    }
    if (rule.equals("nonce-low") && Long.compareUnsigned(nonce, t.nonce) <= 0) {
      nonce = t.nonce; // wrapped: keep the draft valid rather than mislabel it
      d.label = "nonce-low-wrapped";
    }
    d.fund(nonce, balance.min(Account.MAX_BALANCE));
  }

  /** EIP-2 and range failures, or an edit that recovers another (unfunded) sender. */
  private static Breakable badSignature(ScenarioFactory f, ScenarioFactory.Draft d) {
    Bytes raw = d.raw();
    List<Bytes> fields = CustomTx.fields(raw);
    int r = fields.size() - 2;
    int s = fields.size() - 1;
    BigInteger sValue = new BigInteger(1, stringOf(fields.get(s)));
    switch (f.rnd.nextInt(6)) {
      case 0 -> fields.set(s, Rlp.encodeUint(N.subtract(sValue))); // high s: valid ECDSA, EIP-2 says no
      case 1 -> fields.set(r, Rlp.encodeUint(BigInteger.ZERO));
      case 2 -> fields.set(s, Rlp.encodeUint(BigInteger.ZERO));
      case 3 -> fields.set(r, Rlp.encodeUint(N.add(BigInteger.valueOf(f.rnd.nextInt(3)))));
      case 4 -> fields.set(r, Rlp.encodeUint(new BigInteger(255, f.rnd).add(BigInteger.ONE)));
      default -> fields.set(s, Rlp.encodeUint(sValue.add(BigInteger.ONE)));
    }
    return new Breakable(d, CustomTx.withFields(raw, fields));
  }

  private static byte[] stringOf(Bytes encoded) {
    try {
      return Rlp.decode(encoded).asString("s").toArray();
    } catch (dev.vigil.protocol.rlp.RlpException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
