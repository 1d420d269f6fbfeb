package dev.vigil.protocol.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.rlp.RlpException;
import dev.vigil.protocol.rlp.RlpItem;
import dev.vigil.protocol.tx.TxSigner;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CompactTxTest {
  private static final long CHAIN = 42424;
  private static final BigInteger KEY = BigInteger.valueOf(0xa11ce);
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final Address BOB = Address.fromHex("0x000000000000000000000000000000000000b0b0");

  private static String hex(BigInteger v) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CompactInt.write(out, v);
    return Bytes.wrap(out.toByteArray()).toHex();
  }

  @Test
  void integersTakeTheShortestForm() {
    assertEquals("0x00", hex(BigInteger.ZERO));
    assertEquals("0x2001", hex(BigInteger.ONE));
    assertEquals("0x2901", hex(GWEI));
    assertEquals("0x2315", hex(BigInteger.valueOf(21_000)));
    assertEquals("0x2f01", hex(BigInteger.TEN.pow(15)));
    assertEquals("0x400100", hex(BigInteger.valueOf(256)));
    assertEquals("0x3f01", hex(BigInteger.TEN.pow(31)));
    assertEquals("0x3f0a", hex(BigInteger.TEN.pow(32)));
    assertEquals("0xe7" + "ff".repeat(8), hex(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)));
    assertEquals("0xff" + "ff".repeat(32), hex(BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE)));
  }

  @Test
  void everyFormOfAnIntegerIsRead() {
    assertEquals(BigInteger.valueOf(5), CompactInt.read(new CompactReader(Bytes.fromHex("0xe005").unsafeArray())));
    assertEquals(BigInteger.valueOf(5), CompactInt.read(new CompactReader(Bytes.fromHex("0x400005").unsafeArray())));
    assertEquals(BigInteger.ZERO, CompactInt.read(new CompactReader(Bytes.fromHex("0x1f").unsafeArray())));
    assertEquals(null, CompactInt.read(new CompactReader(Bytes.fromHex("0x4001").unsafeArray())));
  }

  @Test
  void aSimpleLegacyTransferTakesNinetyThreeBytes() {
    Bytes raw = TxSigner.signLegacy(KEY, CHAIN, 7, GWEI, 21_000, BOB, BigInteger.TEN.pow(15), Bytes.EMPTY);
    Bytes c = CompactTx.compact(raw, CHAIN).orElseThrow();
    assertEquals(93, c.length());
    assertEquals("0x00" + "2007" + "2901" + "2315" + BOB.bytes().toHex().substring(2) + "2f01",
        c.slice(0, 29).toHex().replace("0x04", "0x00"));
    assertEquals(Optional.of(raw), CompactTx.expand(c, CHAIN));
  }

  @Test
  void randomTransfersRoundTrip() {
    Random rnd = new Random(5);
    for (int i = 0; i < 300; i++) {
      Bytes raw = CompactFixtures.random(rnd, CHAIN);
      Bytes c = CompactTx.compact(raw, CHAIN).orElseThrow(() -> new AssertionError(raw.toHex()));
      assertEquals(Optional.of(raw), CompactTx.expand(c, CHAIN), raw.toHex());
      assertTrue(c.length() <= BatchEntry.MAX_COMPACT_LENGTH && c.length() < raw.length(), raw.toHex());
      assertEquals(c, CompactTx.compactOwnChain(raw).orElseThrow());
    }
  }

  @Test
  void transactionsWithoutACompactFormStayRaw() {
    BigInteger v = BigInteger.ONE;
    List<Bytes> raws = List.of(
        TxSigner.signLegacy(KEY, CHAIN + 1, 0, GWEI, 21_000, BOB, v, Bytes.EMPTY),
        TxSigner.signEip1559(KEY, CHAIN + 1, 0, GWEI, GWEI, 21_000, BOB, v, Bytes.EMPTY),
        TxSigner.signLegacy(KEY, CHAIN, 0, GWEI, 21_000, Optional.empty(), v, Bytes.EMPTY),
        TxSigner.signLegacy(KEY, CHAIN, 0, GWEI, 21_000, BOB, v, Bytes.fromHex("0x25e16063")),
        TxSigner.signLegacy(KEY, CHAIN, 0, GWEI, 50_000, BOB, v, CompactFixtures.transferData(BOB, v)),
        TxSigner.signLegacy(KEY, CHAIN, 0, GWEI, 50_000, BOB, BigInteger.ZERO, dirtyWord()),
        TxSigner.signLegacy(KEY, CHAIN, 0, GWEI, 50_000, BOB, BigInteger.ZERO,
            CompactFixtures.transferData(BOB, v).slice(0, 67)),
        withAccessList(TxSigner.signEip1559(KEY, CHAIN, 0, GWEI, GWEI, 21_000, BOB, v, Bytes.EMPTY)),
        Bytes.fromHex("0xc0ffee"));
    for (Bytes raw : raws) {
      assertEquals(Optional.empty(), CompactTx.compact(raw, CHAIN), raw.toHex());
      assertEquals(new BatchEntry.Tx(raw), BatchEntry.Tx.of(raw, CHAIN));
    }
  }

  private static Bytes dirtyWord() {
    byte[] d = CompactFixtures.transferData(BOB, BigInteger.ONE).toArray();
    d[4] = 1;
    return Bytes.wrap(d);
  }

  /** The same transaction with a one-item access list (its signature no longer matters). */
  private static Bytes withAccessList(Bytes raw) {
    try {
      List<RlpItem> f = new ArrayList<>(Rlp.decode(raw.slice(1)).asList("tx"));
      f.set(8, new RlpItem.RlpList(List.of(new RlpItem.RlpList(List.of(
          new RlpItem.RlpString(BOB.bytes()), new RlpItem.RlpList(List.of()))))));
      return Bytes.concat(Bytes.of((byte) 2), Rlp.encode(new RlpItem.RlpList(f)));
    } catch (RlpException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void compactBytesThatDoNotExpand() {
    Bytes raw = TxSigner.signEip1559(KEY, CHAIN, 3, GWEI, GWEI, 50_000, BOB, BigInteger.ZERO,
        CompactFixtures.transferData(BOB, GWEI));
    Bytes c = CompactTx.compact(raw, CHAIN).orElseThrow();
    for (int len = 0; len < c.length(); len++) {
      assertEquals(Optional.empty(), CompactTx.expand(c.slice(0, len), CHAIN), "cut at " + len);
    }
    assertEquals(Optional.empty(), CompactTx.expand(Bytes.concat(c, Bytes.of((byte) 0)), CHAIN));
    for (int bit = 3; bit < 8; bit++) {
      byte[] b = c.toArray();
      b[0] |= (byte) (1 << bit);
      assertEquals(Optional.empty(), CompactTx.expand(Bytes.wrap(b), CHAIN), "flag bit " + bit);
    }
    String tail = "2315" + "11".repeat(20) + "00" + "22".repeat(64);
    String max64 = "e7" + "ff".repeat(8);
    String over64 = "e8" + "01" + "00".repeat(8);
    assertTrue(CompactTx.expand(Bytes.fromHex("0x00" + max64 + "2901" + tail), CHAIN).isPresent());
    assertEquals(Optional.empty(), CompactTx.expand(Bytes.fromHex("0x00" + over64 + "2901" + tail), CHAIN));
    assertEquals(Optional.empty(), CompactTx.expand(Bytes.fromHex("0x00" + "00" + "2901" + over64
        + "11".repeat(20) + "00" + "22".repeat(64)), CHAIN));
    assertEquals(Optional.empty(), CompactTx.expand(Bytes.fromHex("0x00" + "00" + "2901"
        + "3f" + "ff".repeat(0) + "11".repeat(20)), CHAIN));
  }
}
