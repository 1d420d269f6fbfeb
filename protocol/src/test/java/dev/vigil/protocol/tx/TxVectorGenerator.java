package dev.vigil.protocol.tx;

import static dev.vigil.protocol.tx.TxFixtures.BOB;
import static dev.vigil.protocol.tx.TxFixtures.CHAIN_ID;
import static dev.vigil.protocol.tx.TxFixtures.GWEI;
import static dev.vigil.protocol.tx.TxFixtures.KEY_A;
import static dev.vigil.protocol.tx.TxFixtures.KEY_B;
import static dev.vigil.protocol.tx.TxFixtures.TOKEN;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.Rlp;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Writes {@code vectors/tx-decoding.json}, the decoding vectors the Solidity
 * twin replays: named raw transactions (well-formed of every kind, edge values,
 * bad signatures, one per malformed rule, random ones) with what the Java
 * decoder reads from them ({@link TxVectors#describe}). Deterministic: rerun
 * after a deliberate change of the decoder, from the repository root, and
 * review the diff:
 *
 * <pre>
 * mvn -o -q -B -pl protocol test-compile dependency:build-classpath \
 *     -Dmdep.includeScope=test -Dmdep.outputFile=/tmp/vigil-protocol-cp.txt
 * java -cp protocol/target/test-classes:protocol/target/classes:$(cat /tmp/vigil-protocol-cp.txt) \
 *     dev.vigil.protocol.tx.TxVectorGenerator
 * </pre>
 */
public final class TxVectorGenerator {
  static final String RESOURCE = "vectors/tx-decoding.json";
  private static final BigInteger MAX_U256 = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
  private static final Address RECIPIENT = Address.fromHex("0x00000000000000000000000000000000000000e1");

  private TxVectorGenerator() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "protocol/src/test/resources/" + RESOURCE);
    if (!Files.isDirectory(out.getParent())) {
      out = Path.of("src/test/resources/" + RESOURCE); // run from the module directory
    }
    List<Map<String, Object>> vectors = new ArrayList<>();
    for (Map.Entry<String, Bytes> e : inputs()) {
      vectors.add(TxVectors.describe(e.getKey(), e.getValue()));
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(out.toFile(), Map.of("transactions", vectors));
    System.out.println("wrote " + vectors.size() + " vectors to " + out);
  }

  static List<Map.Entry<String, Bytes>> inputs() {
    List<Map.Entry<String, Bytes>> in = new ArrayList<>();
    kinds(in);
    edges(in);
    badSignatures(in);
    for (MalformedTxCases.Case c : MalformedTxCases.all()) {
      in.add(Map.entry("malformed: " + c.name(), c.raw()));
    }
    Random rnd = new Random(42424);
    for (int i = 0; i < 10; i++) {
      in.add(Map.entry("random " + i, random(rnd)));
    }
    return in;
  }

  private static void kinds(List<Map.Entry<String, Bytes>> in) {
    Optional<Address> bridge = Optional.of(TxClassifier.L2_BRIDGE);
    Object[][] rows = {
      {"ETH transfer", Optional.of(BOB), BigInteger.TEN, ""},
      {"token transfer", Optional.of(TOKEN), BigInteger.ZERO, TxFixtures.transfer(BOB, BigInteger.TEN)},
      {"token transfer with value", Optional.of(TOKEN), BigInteger.ONE, TxFixtures.transfer(BOB, BigInteger.TEN)},
      {"token transfer, dirty address word", Optional.of(TOKEN), BigInteger.ZERO,
        TxFixtures.dirty(TxFixtures.transfer(BOB, BigInteger.TEN), 4)},
      {"ETH withdrawal", bridge, BigInteger.TEN, TxFixtures.withdrawEth(RECIPIENT)},
      {"ETH withdrawal of 0", bridge, BigInteger.ZERO, TxFixtures.withdrawEth(RECIPIENT)},
      {"ETH withdrawal, dirty address word", bridge, BigInteger.TEN,
        TxFixtures.dirty(TxFixtures.withdrawEth(RECIPIENT), 15)},
      {"token withdrawal", bridge, BigInteger.ZERO, TxFixtures.withdrawToken(TOKEN, RECIPIENT, BigInteger.TEN)},
      {"token withdrawal with value", bridge, BigInteger.ONE,
        TxFixtures.withdrawToken(TOKEN, RECIPIENT, BigInteger.TEN)},
      {"token withdrawal, dirty recipient word", bridge, BigInteger.ZERO,
        TxFixtures.dirty(TxFixtures.withdrawToken(TOKEN, RECIPIENT, BigInteger.TEN), 36)},
      {"unknown bridge call", bridge, BigInteger.ZERO, ""},
      {"unknown calldata", Optional.of(BOB), BigInteger.ZERO, "deadbeef"},
      {"contract creation", Optional.empty(), BigInteger.ZERO, "6000"},
    };
    for (Object[] r : rows) {
      @SuppressWarnings("unchecked")
      Optional<Address> to = (Optional<Address>) r[1];
      Bytes data = Bytes.fromHex((String) r[3]);
      in.add(Map.entry("legacy " + r[0],
          TxSigner.signLegacy(KEY_A, CHAIN_ID, 1, GWEI, 100_000, to, (BigInteger) r[2], data)));
      in.add(Map.entry("1559 " + r[0],
          TxSigner.signEip1559(KEY_B, CHAIN_ID, 2, GWEI, GWEI.shiftLeft(1), 100_000, to, (BigInteger) r[2], data)));
    }
  }

  private static void edges(List<Map.Entry<String, Bytes>> in) {
    in.add(Map.entry("1559 largest integers", TxSigner.signEip1559(KEY_A, CHAIN_ID, -1L, MAX_U256, MAX_U256, -1L,
        BOB, MAX_U256, Bytes.EMPTY)));
    in.add(Map.entry("legacy largest integers", TxSigner.signLegacy(KEY_A, CHAIN_ID, -1L, MAX_U256, -1L,
        BOB, MAX_U256, Bytes.EMPTY)));
    in.add(Map.entry("legacy all zero", TxSigner.signLegacy(KEY_A, CHAIN_ID, 0, BigInteger.ZERO, 0, BOB,
        BigInteger.ZERO, Bytes.EMPTY)));
    in.add(Map.entry("1559 all zero", TxSigner.signEip1559(KEY_A, CHAIN_ID, 0, BigInteger.ZERO, BigInteger.ZERO, 0,
        BOB, BigInteger.ZERO, Bytes.EMPTY)));
    in.add(Map.entry("legacy chain id 1", TxSigner.signLegacy(KEY_A, 1, 0, GWEI, 21_000, BOB, BigInteger.ONE,
        Bytes.EMPTY)));
    in.add(Map.entry("1559 chain id 1", TxSigner.signEip1559(KEY_A, 1, 0, GWEI, GWEI, 21_000, BOB, BigInteger.ONE,
        Bytes.EMPTY)));
    in.add(Map.entry("legacy v of 32 bytes (chain id beyond 2^63)",
        TxFixtures.withItem(TxFixtures.legacyTransfer(), 6, Bytes.fromHex("a0" + "ff".repeat(32)))));
    in.add(Map.entry("1559 chain id of 32 bytes",
        TxFixtures.withItem(TxFixtures.eip1559Transfer(), 0, Bytes.fromHex("a0" + "ff".repeat(32)))));
    in.add(Map.entry("1559 with a non-empty access list", withAccessList()));
    Bytes legacy = TxFixtures.legacyTransfer();
    in.add(Map.entry("exactly MAX_TX_SIZE bytes", TxFixtures.withItem(legacy, 5,
        MalformedTxCases.dataOfTotalSize(legacy, ProtocolLimits.MAX_TX_SIZE))));
  }

  private static Bytes withAccessList() {
    Bytes accessList = Rlp.encodeList(List.of(Rlp.encodeList(List.of(
        Rlp.encodeString(TOKEN.bytes()), Rlp.encodeList(List.of(Rlp.encodeString(Bytes.wrap(new byte[32]))))))));
    List<Bytes> fields = TxFields.eip1559(BigInteger.valueOf(CHAIN_ID), 3, GWEI, GWEI, 21_000, Optional.of(BOB),
        BigInteger.ONE, Bytes.EMPTY, accessList);
    TxSigner.Signature sig = TxSigner.sign(KEY_A, TxFields.eip1559SigningHash(fields));
    return TxFields.signed(TxType.EIP1559, fields, BigInteger.valueOf(sig.yParity()), sig.r(), sig.s());
  }

  private static void badSignatures(List<Map.Entry<String, Bytes>> in) {
    Bytes good = TxFixtures.eip1559Transfer();
    List<Bytes> items = TxFixtures.items(good);
    BigInteger s = uintOf(items.get(11));
    BigInteger n = Secp256k1.N;
    Bytes flippedParity = TxFixtures.uint(BigInteger.ONE.subtract(uintOf(items.get(9))));
    in.add(Map.entry("signature: high-s twin", TxFixtures.withItem(
        TxFixtures.withItem(good, 11, TxFixtures.uint(n.subtract(s))), 9, flippedParity)));
    in.add(Map.entry("signature: other parity", TxFixtures.withItem(good, 9, flippedParity)));
    in.add(Map.entry("signature: r = 0", TxFixtures.withItem(good, 10, TxFixtures.uint(BigInteger.ZERO))));
    in.add(Map.entry("signature: s = 0", TxFixtures.withItem(good, 11, TxFixtures.uint(BigInteger.ZERO))));
    in.add(Map.entry("signature: r = n", TxFixtures.withItem(good, 10, TxFixtures.uint(n))));
    in.add(Map.entry("signature: s = n/2 + 1", TxFixtures.withItem(good, 11,
        TxFixtures.uint(n.shiftRight(1).add(BigInteger.ONE)))));
    in.add(Map.entry("signature: r with no curve point", TxFixtures.withItem(good, 10,
        TxFixtures.uint(BigInteger.valueOf(5)))));
  }

  private static BigInteger uintOf(Bytes encoded) {
    try {
      return Rlp.decode(encoded).asUint("item", 32);
    } catch (dev.vigil.protocol.rlp.RlpException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Bytes random(Random rnd) {
    BigInteger key = new BigInteger(250, rnd).add(BigInteger.ONE);
    Address to = new Address(Bytes.wrap(randomBytes(rnd, 20)));
    Bytes data = Bytes.wrap(randomBytes(rnd, rnd.nextBoolean() ? 0 : rnd.nextInt(80)));
    BigInteger value = new BigInteger(rnd.nextInt(257), rnd);
    long nonce = rnd.nextInt(1000);
    if (rnd.nextBoolean()) {
      return TxSigner.signLegacy(key, CHAIN_ID, nonce, new BigInteger(rnd.nextInt(80), rnd), 21_000 + rnd.nextInt(100_000),
          to, value, data);
    }
    return TxSigner.signEip1559(key, CHAIN_ID, nonce, new BigInteger(rnd.nextInt(64), rnd),
        new BigInteger(rnd.nextInt(80), rnd), 21_000 + rnd.nextInt(100_000), to, value, data);
  }

  private static byte[] randomBytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }
}
