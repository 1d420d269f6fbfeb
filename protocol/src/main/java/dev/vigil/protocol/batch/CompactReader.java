package dev.vigil.protocol.batch;

import java.util.Arrays;

/**
 * A cursor over compact transaction bytes. Running past the end is an answer ({@code -1} or
 * {@code null}), not an exception: compact bytes that end inside a field are a malformed
 * transaction (docs/protocol.md 3.5), which is a value.
 */
final class CompactReader {
  private final byte[] b;
  private int at;

  CompactReader(byte[] b) {
    this.b = b;
  }

  /** The next byte, unsigned, or {@code -1} at the end. */
  int u8() {
    return at < b.length ? b[at++] & 0xff : -1;
  }

  /** The next {@code n} bytes, or {@code null} if fewer remain. */
  byte[] take(int n) {
    if (n > b.length - at) {
      return null;
    }
    byte[] out = Arrays.copyOfRange(b, at, at + n);
    at += n;
    return out;
  }

  boolean atEnd() {
    return at == b.length;
  }
}
