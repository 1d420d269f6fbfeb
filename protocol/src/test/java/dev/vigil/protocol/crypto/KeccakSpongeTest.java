package dev.vigil.protocol.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.protocol.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bouncycastle.crypto.digests.KeccakDigest;
import org.junit.jupiter.api.Test;

class KeccakSpongeTest {
  @Test
  void knownKeccak256Vectors() {
    assertEquals("0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470",
        Keccak.hash(new byte[0]).toHex());
    assertEquals("0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45",
        Keccak.hash("abc".getBytes(StandardCharsets.US_ASCII)).toHex());
  }

  /** Every length across three blocks, including the rate boundaries 135, 136 and 137. */
  @Test
  void matchesBouncyCastleForEveryLengthUpToThreeBlocks() {
    SplittableRandom r = new SplittableRandom(7);
    KeccakSponge sponge = new KeccakSponge();
    for (int len = 0; len <= 3 * 136 + 1; len++) {
      byte[] data = random(r, len);
      assertArrayEquals(reference(data), sponge.hash(data), "length " + len);
    }
  }

  @Test
  void concatenatesPartsSplitAnywhere() {
    SplittableRandom r = new SplittableRandom(11);
    KeccakSponge sponge = new KeccakSponge();
    for (int i = 0; i < 2000; i++) {
      byte[] data = random(r, r.nextInt(600));
      List<byte[]> parts = new ArrayList<>();
      int off = 0;
      while (off < data.length) {
        int n = Math.min(data.length - off, r.nextInt(1, 200));
        byte[] p = new byte[n];
        System.arraycopy(data, off, p, 0, n);
        parts.add(p);
        off += n;
      }
      if (r.nextBoolean()) {
        parts.add(0, new byte[0]);
      }
      assertArrayEquals(reference(data), sponge.hash(parts.toArray(new byte[0][])), "case " + i);
    }
  }

  @Test
  void twoWordFormAndBytesFormAgreeWithTheGeneralOne() {
    SplittableRandom r = new SplittableRandom(13);
    for (int i = 0; i < 100; i++) {
      byte[] a = random(r, 32);
      byte[] b = random(r, 32);
      byte[] ab = new byte[64];
      System.arraycopy(a, 0, ab, 0, 32);
      System.arraycopy(b, 0, ab, 32, 32);
      assertArrayEquals(reference(ab), new KeccakSponge().hash(a, b));
      assertEquals(Keccak.hash(ab), Keccak.hash(Bytes.wrap(ab)));
    }
  }

  private static byte[] random(SplittableRandom r, int len) {
    byte[] b = new byte[len];
    for (int i = 0; i < len; i++) {
      b[i] = (byte) r.nextInt(256);
    }
    return b;
  }

  private static byte[] reference(byte[] data) {
    KeccakDigest d = new KeccakDigest(256);
    d.update(data, 0, data.length);
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return out;
  }
}
