package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random tree keys, many of them sharing long prefixes to force deep single-child chains. */
final class TestKeys {
  private TestKeys() {}

  static Bytes32 random(Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    return Bytes32.wrap(b);
  }

  /** {@code key} with bit {@code i} (MSB first) flipped. */
  static Bytes32 flip(Bytes32 key, int i) {
    byte[] b = key.toArray();
    b[i >>> 3] ^= (byte) (0x80 >>> (i & 7));
    return Bytes32.wrap(b);
  }

  /** {@code n} keys: random ones, plus near neighbours of earlier keys (shared prefix 0..255). */
  static List<Bytes32> mixed(Random rnd, int n) {
    List<Bytes32> keys = new ArrayList<>();
    while (keys.size() < n) {
      if (keys.isEmpty() || rnd.nextInt(3) == 0) {
        keys.add(random(rnd));
      } else {
        Bytes32 base = keys.get(rnd.nextInt(keys.size()));
        int bit = rnd.nextBoolean() ? 192 + rnd.nextInt(64) : rnd.nextInt(256);
        keys.add(flip(base, bit));
      }
    }
    return keys;
  }
}
