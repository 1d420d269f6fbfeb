package dev.vigil.protocol.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueueItemTest {
  private static final Address TOKEN = Address.fromHex("0x1111111111111111111111111111111111111111");
  private static final Address TO = Address.fromHex("0x2222222222222222222222222222222222222222");
  private static final String AMOUNT_HEX = "00".repeat(31) + "2a";

  @Test
  void ethDepositEncodesKindRecipientAmount() {
    QueueItem item = new QueueItem.EthDeposit(TO, BigInteger.valueOf(42));
    assertEquals(Bytes.fromHex("0x00" + "22".repeat(20) + AMOUNT_HEX), item.encode());
  }

  @Test
  void tokenDepositEncodesKindTokenRecipientAmount() {
    QueueItem item = new QueueItem.TokenDeposit(TOKEN, TO, BigInteger.valueOf(42));
    assertEquals(
        Bytes.fromHex("0x01" + "11".repeat(20) + "22".repeat(20) + AMOUNT_HEX), item.encode());
  }

  @Test
  void forcedTxEncodesKindAndRawBytes() {
    QueueItem item = new QueueItem.ForcedTx(Bytes.fromHex("0x02f8abcd"));
    assertEquals(Bytes.fromHex("0x0202f8abcd"), item.encode());
  }

  @Test
  void hashIsKeccakOfTheItemBytes() {
    QueueItem item = new QueueItem.EthDeposit(TO, BigInteger.TEN);
    assertEquals(Keccak.hash(item.encode()), item.hash());
  }

  @Test
  void decodeInvertsEncode() {
    BigInteger max = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    List<QueueItem> items =
        List.of(
            new QueueItem.EthDeposit(TO, BigInteger.ONE),
            new QueueItem.TokenDeposit(TOKEN, TO, max),
            new QueueItem.ForcedTx(Bytes.of((byte) 0xc0)),
            new QueueItem.ForcedTx(Bytes.wrap(new byte[4096])));
    for (QueueItem item : items) {
      assertEquals(item, QueueItem.decode(item.encode()));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0x",
        "0x03",
        "0xff" + "00",
        "0x00" + "22222222222222222222222222222222222222" + "00",
        "0x01" + "1111111111111111111111111111111111111111" + "2222222222222222222222222222222222222222",
        "0x02"
      })
  void badItemsAreRefused(String hex) {
    assertThrows(IllegalArgumentException.class, () -> QueueItem.decode(Bytes.fromHex(hex)));
  }

  @Test
  void wrongLengthsAreRefused() {
    Bytes eth = new QueueItem.EthDeposit(TO, BigInteger.ONE).encode();
    assertThrows(IllegalArgumentException.class, () -> QueueItem.decode(eth.slice(0, 52)));
    assertThrows(
        IllegalArgumentException.class, () -> QueueItem.decode(Bytes.concat(eth, Bytes.of((byte) 0))));
    Bytes tooLong = Bytes.concat(Bytes.of((byte) 2), Bytes.wrap(new byte[4097]));
    assertThrows(IllegalArgumentException.class, () -> QueueItem.decode(tooLong));
  }

  @Test
  void amountsMustBeUint256() {
    assertThrows(
        IllegalArgumentException.class, () -> new QueueItem.EthDeposit(TO, BigInteger.valueOf(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new QueueItem.TokenDeposit(TOKEN, TO, BigInteger.ONE.shiftLeft(256)));
  }
}
