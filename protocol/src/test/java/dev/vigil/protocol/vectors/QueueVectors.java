package dev.vigil.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * queue.json: queue items with their fields, {@code item} bytes and hash. Every row has every
 * field; the ones a kind lacks are zero ({@code token} of an ETH deposit) or empty ({@code tx}).
 */
final class QueueVectors implements VectorFile {
  private static final BigInteger DEPOSIT_CAP = BigInteger.ONE.shiftLeft(128).subtract(BigInteger.ONE);

  @Override
  public String fileName() {
    return "queue.json";
  }

  @Override
  public Map<String, Object> generate() {
    Random rnd = new Random(SEED + 4);
    List<QueueItem> items = List.of(
        new QueueItem.EthDeposit(address(rnd), BigInteger.ONE),
        new QueueItem.EthDeposit(address(rnd), DEPOSIT_CAP),
        new QueueItem.TokenDeposit(address(rnd), address(rnd), BigInteger.valueOf(1_000_000)),
        new QueueItem.TokenDeposit(address(rnd), address(rnd), DEPOSIT_CAP),
        new QueueItem.ForcedTx(bytes(rnd, 1)),
        new QueueItem.ForcedTx(bytes(rnd, 120)),
        new QueueItem.ForcedTx(bytes(rnd, 4096)));
    List<Object> rows = new ArrayList<>();
    for (QueueItem item : items) {
      rows.add(row(item));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("items", rows);
    return out;
  }

  private static Map<String, Object> row(QueueItem item) {
    String kind = "forcedTx";
    Address token = Address.ZERO;
    Address recipient = Address.ZERO;
    BigInteger amount = BigInteger.ZERO;
    Bytes tx = Bytes.EMPTY;
    if (item instanceof QueueItem.EthDeposit d) {
      kind = "ethDeposit";
      recipient = d.to();
      amount = d.amount();
    } else if (item instanceof QueueItem.TokenDeposit d) {
      kind = "tokenDeposit";
      token = d.token();
      recipient = d.to();
      amount = d.amount();
    } else {
      tx = ((QueueItem.ForcedTx) item).tx();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", kind);
    m.put("token", token.toHex());
    m.put("recipient", recipient.toHex());
    m.put("amount", Bytes32.fromBigInteger(amount).toHex());
    m.put("tx", tx.toHex());
    m.put("item", item.encode().toHex());
    m.put("hash", item.hash().toHex());
    return m;
  }

  @Override
  public void check(Map<String, Object> json) {
    for (Map<String, Object> m : VectorFile.objects(json.get("items"))) {
      Bytes bytes = Bytes.fromHex((String) m.get("item"));
      QueueItem item = QueueItem.decode(bytes);
      assertEquals(bytes, item.encode());
      assertEquals(VectorFile.word(m.get("hash")), item.hash());
      assertEquals(m, row(item));
    }
  }

  private static Address address(Random rnd) {
    return new Address(bytes(rnd, 20));
  }

  private static Bytes bytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return Bytes.wrap(b);
  }
}
