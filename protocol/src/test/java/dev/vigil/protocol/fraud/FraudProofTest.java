package dev.vigil.protocol.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.queue.QueueItem;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FraudProofTest {
  private static final Bytes32 A = Bytes32.fromLong(0xa);
  private static final Bytes32 B = Bytes32.fromLong(0xb);

  @Test
  void txEntry_isTheLeafPreimage() {
    Bytes raw = Bytes.fromHex("0xc0ffee");
    assertEquals(Bytes.fromHex("0x00c0ffee"), FraudProof.txEntry(raw));
  }

  @Test
  void queueEntry_isThePreimageFollowedByTheItem() {
    QueueItem item = new QueueItem.EthDeposit(Address.fromHex("0x" + "11".repeat(20)), BigInteger.TEN);
    Bytes e = FraudProof.queueEntry(258, item);
    assertEquals(Bytes.fromHex("0x010000000000000102"), e.slice(0, 9));
    assertEquals(item.encode(), e.slice(9));
  }

  @Test
  void calldata_isTheStructOffsetThenHeadOfStaticFieldsAndOffsetsThenTails() {
    FraudProof p = new FraudProof(7, 3, Bytes.fromHex("0x00aabb"), List.of(A, B), A, List.of(),
        B, List.of(A), Bytes.fromHex("0x" + "cc".repeat(33)));
    Bytes cd = p.calldata();
    Bytes selector = Keccak.hash(FraudProof.SIGNATURE.getBytes(StandardCharsets.US_ASCII)).toBytes().slice(0, 4);
    assertEquals(selector, cd.slice(0, 4));
    assertEquals(32, wordAt(cd.slice(4), 0).intValueExact());
    Bytes args = cd.slice(36);
    assertEquals(7, word(args, 0).longValueExact());
    assertEquals(3, word(args, 1).longValueExact());
    assertEquals(A.toBigInteger(), word(args, 4));
    assertEquals(B.toBigInteger(), word(args, 6));
    // entry: offset 9 * 32, length 3, one padded word
    int entryAt = word(args, 2).intValueExact();
    assertEquals(288, entryAt);
    assertEquals(3, wordAt(args, entryAt).intValueExact());
    assertEquals(Bytes.fromHex("0x00aabb" + "00".repeat(29)), args.slice(entryAt + 32, entryAt + 64));
    // entryPath: right after, 2 words
    int pathAt = word(args, 3).intValueExact();
    assertEquals(entryAt + 64, pathAt);
    assertEquals(2, wordAt(args, pathAt).intValueExact());
    assertEquals(B.toBigInteger(), wordAt(args, pathAt + 64));
    int prePathAt = word(args, 5).intValueExact();
    assertEquals(0, wordAt(args, prePathAt).intValueExact());
    int postPathAt = word(args, 7).intValueExact();
    assertEquals(prePathAt + 32, postPathAt);
    int witnessesAt = word(args, 8).intValueExact();
    assertEquals(postPathAt + 64, witnessesAt);
    assertEquals(33, wordAt(args, witnessesAt).intValueExact());
    assertEquals(witnessesAt + 32 + 64, args.length());
  }

  @Test
  void rejectsNegativeIndices() {
    assertThrows(IllegalArgumentException.class,
        () -> new FraudProof(-1, 0, Bytes.EMPTY, List.of(), A, List.of(), A, List.of(), Bytes.EMPTY));
  }

  private static BigInteger word(Bytes args, int i) {
    return wordAt(args, 32 * i);
  }

  private static BigInteger wordAt(Bytes args, int at) {
    return new BigInteger(1, args.slice(at, at + 32).toArray());
  }
}
