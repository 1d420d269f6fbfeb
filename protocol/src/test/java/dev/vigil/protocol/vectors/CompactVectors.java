package dev.vigil.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.protocol.batch.CompactFixtures;
import dev.vigil.protocol.batch.CompactTx;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * compact.json: signed transactions with their compact form (docs/protocol.md 3.5) under the
 * file's chain id, and compact bytes that do not expand.
 */
final class CompactVectors implements VectorFile {
  static final long CHAIN_ID = 42424;
  private static final BigInteger KEY = BigInteger.valueOf(0xc0ffeeL);
  private static final BigInteger GWEI = BigInteger.TEN.pow(9);
  private static final BigInteger MAX = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
  private static final long MAX_U64 = -1L;
  private static final Address BOB = Address.fromHex("0x000000000000000000000000000000000000b0b0");
  private static final Address TOKEN = Address.fromHex("0x5fbdb2315678afecb367f032d93f642f64180aa3");

  @Override
  public String fileName() {
    return "compact.json";
  }

  @Override
  public Map<String, Object> generate() {
    List<Object> valid = new ArrayList<>();
    BigInteger milli = BigInteger.TEN.pow(15);
    valid.add(valid("legacy ETH transfer, round numbers",
        TxSigner.signLegacy(KEY, CHAIN_ID, 7, GWEI, 21_000, BOB, milli, Bytes.EMPTY)));
    valid.add(valid("EIP-1559 ETH transfer",
        TxSigner.signEip1559(KEY, CHAIN_ID, 300, BigInteger.ZERO, GWEI.multiply(BigInteger.TWO), 21_000, BOB,
            BigInteger.valueOf(123_456_789), Bytes.EMPTY)));
    valid.add(valid("legacy token transfer",
        TxSigner.signLegacy(KEY, CHAIN_ID, 0, GWEI, 50_000, TOKEN, BigInteger.ZERO,
            CompactFixtures.transferData(BOB, BigInteger.TEN.pow(18)))));
    valid.add(valid("EIP-1559 token transfer",
        TxSigner.signEip1559(KEY, CHAIN_ID, 1, GWEI, GWEI, 50_000, TOKEN, BigInteger.ZERO,
            CompactFixtures.transferData(BOB, BigInteger.valueOf(5)))));
    valid.add(valid("zero everything",
        TxSigner.signLegacy(KEY, CHAIN_ID, 0, BigInteger.ZERO, 0, BOB, BigInteger.ZERO, Bytes.EMPTY)));
    valid.add(valid("largest integers",
        TxSigner.signEip1559(KEY, CHAIN_ID, MAX_U64, MAX, MAX, MAX_U64, TOKEN, BigInteger.ZERO,
            CompactFixtures.transferData(BOB, MAX))));
    valid.add(valid("largest ETH value, legacy",
        TxSigner.signLegacy(KEY, CHAIN_ID, MAX_U64, MAX, MAX_U64, BOB, MAX, Bytes.EMPTY)));
    Random rnd = new Random(SEED + 7);
    for (int i = 0; i < 24; i++) {
      valid.add(valid("random " + i, CompactFixtures.random(rnd, CHAIN_ID)));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("chainId", CHAIN_ID);
    out.put("valid", valid);
    out.put("invalid", invalid());
    return out;
  }

  private static Map<String, Object> valid(String name, Bytes raw) {
    Bytes compact = CompactTx.compact(raw, CHAIN_ID).orElseThrow();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("compact", compact.toHex());
    m.put("raw", raw.toHex());
    m.put("hash", Keccak.hash(raw).toHex());
    return m;
  }

  private static List<Object> invalid() {
    String to = "11".repeat(20);
    String sig = "22".repeat(64);
    String tail = "2901" + "2315" + to + "2f01" + sig;
    List<Object> rows = new ArrayList<>();
    rows.add(invalid("empty", ""));
    rows.add(invalid("flag bit 3", "08" + "00" + tail));
    rows.add(invalid("flag bit 7", "80" + "00" + tail));
    rows.add(invalid("cut inside s", "00" + "00" + tail.substring(0, tail.length() - 2)));
    rows.add(invalid("cut inside an integer", "00" + "4001"));
    rows.add(invalid("cut inside to", "00" + "00" + "2901" + "2315" + "1111"));
    rows.add(invalid("cut before the token amount", "02" + "00" + "2901" + "2315" + to + to));
    rows.add(invalid("a byte after s", "00" + "00" + tail + "00"));
    rows.add(invalid("token transfer cut inside the recipient", "02" + "00" + tail.substring(0, 12 + 40 + 10)));
    rows.add(invalid("nonce 2^64", "00" + "e9" + "01" + "00".repeat(8) + tail));
    rows.add(invalid("nonce 10^20 in exponent form",
        "00" + "3401" + tail));
    rows.add(invalid("gas limit 2^64", "00" + "00" + "2901" + "e9" + "01" + "00".repeat(8) + to + "2f01" + sig));
    return rows;
  }

  private static Map<String, Object> invalid(String name, String hex) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("compact", "0x" + hex);
    return m;
  }

  @Override
  public void check(Map<String, Object> json) {
    long chainId = (Long) json.get("chainId");
    for (Map<String, Object> v : VectorFile.objects(json.get("valid"))) {
      Bytes compact = Bytes.fromHex((String) v.get("compact"));
      Bytes raw = Bytes.fromHex((String) v.get("raw"));
      assertEquals(Optional.of(raw), CompactTx.expand(compact, chainId), (String) v.get("name"));
      assertEquals(Optional.of(compact), CompactTx.compact(raw, chainId), (String) v.get("name"));
      assertEquals(VectorFile.word(v.get("hash")), Keccak.hash(raw));
    }
    for (Map<String, Object> v : VectorFile.objects(json.get("invalid"))) {
      Bytes compact = Bytes.fromHex((String) v.get("compact"));
      assertEquals(Optional.empty(), CompactTx.expand(compact, chainId), (String) v.get("name"));
    }
  }
}
