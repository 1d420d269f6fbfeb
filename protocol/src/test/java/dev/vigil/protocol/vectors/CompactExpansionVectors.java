package dev.vigil.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.protocol.batch.CompactTx;
import dev.vigil.protocol.bytes.Bytes;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * fraud/compact-expansion.json: the differential test of compact expansion (docs/protocol.md
 * 3.5), Java against the Solidity {@code CompactTx}: 2,000 random compact byte strings with
 * their expansion ({@code "0x"} when they do not expand). Half are well formed with every
 * integer form (shortest or not, zero mantissas, leading zeros, integers at and past 64 bits);
 * half are those cut short, extended, flag-flipped or overwritten.
 */
final class CompactExpansionVectors implements VectorFile {
  static final int ROWS = 2000;
  static final long CHAIN_ID = 42424;

  @Override
  public String fileName() {
    return "fraud/compact-expansion.json";
  }

  @Override
  public Map<String, Object> generate() {
    Random rnd = new Random(SEED + 11);
    List<Object> compact = new ArrayList<>(ROWS);
    List<Object> raw = new ArrayList<>(ROWS);
    for (int i = 0; i < ROWS; i++) {
      byte[] c = wellFormed(rnd);
      if (i % 2 == 1) {
        c = mutate(rnd, c);
      }
      Bytes b = Bytes.wrap(c);
      compact.add(b.toHex());
      raw.add(CompactTx.expand(b, CHAIN_ID).orElse(Bytes.EMPTY).toHex());
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("chainId", CHAIN_ID);
    out.put("compact", compact);
    out.put("raw", raw);
    return out;
  }

  private static byte[] wellFormed(Random rnd) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int flags = rnd.nextInt(8);
    out.write(flags);
    integer(rnd, out, 66);
    if ((flags & 1) != 0) {
      integer(rnd, out, 256);
    }
    integer(rnd, out, 256);
    integer(rnd, out, 66);
    bytes(rnd, out, 20);
    if ((flags & 2) != 0) {
      bytes(rnd, out, 20);
    }
    integer(rnd, out, 256);
    bytes(rnd, out, 64);
    byte[] b = out.toByteArray();
    return b.length <= 255 ? b : java.util.Arrays.copyOf(b, 255);
  }

  /** One integer in a random form: exponent form (any L, e) or plain with random leading zeros. */
  private static void integer(Random rnd, ByteArrayOutputStream out, int maxBits) {
    if (rnd.nextBoolean()) {
      int len = rnd.nextInt(7);
      int e = rnd.nextInt(rnd.nextBoolean() ? 4 : 32);
      out.write((len << 5) | e);
      bytes(rnd, out, len);
    } else {
      byte[] v = new BigInteger(1 + rnd.nextInt(maxBits), rnd).toByteArray();
      int len = Math.min(32, v.length + (rnd.nextInt(4) == 0 ? 1 : 0));
      out.write(0xdf + len);
      byte[] padded = new byte[len];
      int n = Math.min(v.length, len);
      System.arraycopy(v, v.length - n, padded, len - n, n);
      out.writeBytes(padded);
    }
  }

  private static void bytes(Random rnd, ByteArrayOutputStream out, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    out.writeBytes(b);
  }

  private static byte[] mutate(Random rnd, byte[] c) {
    byte[] b = c.clone();
    switch (rnd.nextInt(4)) {
      case 0 -> b = java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
      case 1 -> b = b.length < 255 ? java.util.Arrays.copyOf(b, b.length + 1) : b;
      case 2 -> b[0] = (byte) (b[0] | (8 << rnd.nextInt(5)));
      default -> b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
    }
    return b;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void check(Map<String, Object> json) {
    long chainId = (Long) json.get("chainId");
    List<Object> compact = (List<Object>) json.get("compact");
    List<Object> raw = (List<Object>) json.get("raw");
    assertEquals(ROWS, compact.size());
    for (int i = 0; i < compact.size(); i++) {
      Bytes c = Bytes.fromHex((String) compact.get(i));
      assertEquals(raw.get(i), CompactTx.expand(c, chainId).orElse(Bytes.EMPTY).toHex(), "row " + i);
    }
  }
}
