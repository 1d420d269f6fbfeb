package dev.vigil.node.storage;

import dev.vigil.protocol.bytes.Bytes;
import java.util.Optional;

/** Byte-order helpers shared by the store implementations. */
final class Keys {
  private Keys() {}

  static boolean startsWith(Bytes key, Bytes prefix) {
    if (key.length() < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (key.get(i) != prefix.get(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The smallest key greater than every key starting with {@code prefix}; empty
   * when there is none (the prefix is empty or all 0xff bytes).
   */
  static Optional<Bytes> upperBound(Bytes prefix) {
    byte[] b = prefix.toArray();
    for (int i = b.length - 1; i >= 0; i--) {
      if (b[i] != (byte) 0xff) {
        b[i]++;
        return Optional.of(Bytes.wrap(b).slice(0, i + 1));
      }
    }
    return Optional.empty();
  }

  static void checkScanStart(Bytes prefix, Bytes from) {
    if (!startsWith(from, prefix)) {
      throw new IllegalArgumentException("scan start " + from + " is outside prefix " + prefix);
    }
  }
}
