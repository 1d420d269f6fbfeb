package dev.vigil.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * withdrawal.json: a state with accounts, token balances and withdrawals, and for each
 * withdrawal the arguments and proof of {@code Bridge.finalizeWithdrawal} against its root.
 */
final class WithdrawalVectors implements VectorFile {
  @Override
  public String fileName() {
    return "withdrawal.json";
  }

  @Override
  public Map<String, Object> generate() {
    Random rnd = new Random(SEED + 1);
    Address token = address(rnd);
    StateTree t = StateTree.empty();
    for (int i = 0; i < 3; i++) {
      Address owner = address(rnd);
      t = t.set(StateKeys.account(owner), new Account(i, BigInteger.valueOf(1_000_000L * (i + 1))).toWord());
      t = t.set(StateKeys.token(token, owner), Bytes32.fromLong(500 + i));
    }
    List<Withdrawal> ws = List.of(
        new Withdrawal(0, Withdrawal.ETH, address(rnd), BigInteger.TEN.pow(18)),
        new Withdrawal(1, token, address(rnd), BigInteger.valueOf(250)),
        new Withdrawal(2, Withdrawal.ETH, address(rnd), BigInteger.ONE),
        new Withdrawal(3, token, address(rnd), BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE)));
    for (Withdrawal w : ws) {
      t = t.set(w.leafKey(), w.leafValue()).set(StateKeys.WITHDRAWAL_COUNT, Bytes32.fromLong(w.index() + 1));
    }
    List<Bytes32> keys = new ArrayList<>();
    List<Bytes32> values = new ArrayList<>();
    t.forEachLeaf((k, v) -> {
      keys.add(k);
      values.add(v);
    });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("keys", VectorFile.hexList(keys));
    out.put("values", VectorFile.hexList(values));
    out.put("root", t.root().toHex());
    out.put("withdrawalCount", (long) ws.size());
    List<Object> list = new ArrayList<>();
    for (Withdrawal w : ws) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("index", w.index());
      m.put("token", w.token().toHex());
      m.put("recipient", w.recipient().toHex());
      m.put("amount", Bytes32.fromBigInteger(w.amount()).toHex());
      m.put("key", w.leafKey().toHex());
      m.put("value", w.leafValue().toHex());
      m.put("siblings", VectorFile.hexList(t.proof(w.leafKey())));
      list.add(m);
    }
    out.put("withdrawals", list);
    return out;
  }

  @Override
  public void check(Map<String, Object> json) {
    StateTree t = SmtVectors.build(VectorFile.words(json.get("keys")), VectorFile.words(json.get("values")));
    Bytes32 root = VectorFile.word(json.get("root"));
    assertEquals(root, t.root());
    assertEquals(Bytes32.fromLong((Long) json.get("withdrawalCount")), t.get(StateKeys.WITHDRAWAL_COUNT));
    for (Map<String, Object> m : VectorFile.objects(json.get("withdrawals"))) {
      Withdrawal w = new Withdrawal(
          (Long) m.get("index"),
          Address.fromHex((String) m.get("token")),
          Address.fromHex((String) m.get("recipient")),
          VectorFile.word(m.get("amount")).toBigInteger());
      assertEquals(VectorFile.word(m.get("key")), w.leafKey());
      assertEquals(VectorFile.word(m.get("value")), w.leafValue());
      assertEquals(w.leafValue(), t.get(w.leafKey()));
      assertTrue(StateTree.verify(root, w.leafKey(), w.leafValue(), VectorFile.words(m.get("siblings"))));
    }
  }

  private static Address address(Random rnd) {
    byte[] b = new byte[20];
    rnd.nextBytes(b);
    return new Address(Bytes.wrap(b));
  }
}
