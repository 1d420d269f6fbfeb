package dev.vigil.sequencer.logs;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.crypto.Keccak;
import java.util.List;

/**
 * Ethereum's 2048-bit logs bloom (yellow paper 4.3.1): for the address and every topic of every
 * log, three bits, each the low 11 bits of a byte pair (0-1, 2-3, 4-5) of the value's keccak256,
 * counted from the bloom's last byte.
 */
public final class Bloom {
  public static final int BYTES = 256;

  private Bloom() {}

  public static Bytes of(List<LogEntry> logs) {
    byte[] bloom = new byte[BYTES];
    for (LogEntry log : logs) {
      add(bloom, log.address().bytes());
      log.topics().forEach(t -> add(bloom, t.toBytes()));
    }
    return Bytes.wrap(bloom);
  }

  private static void add(byte[] bloom, Bytes value) {
    byte[] h = Keccak.hash(value).unsafeArray();
    for (int i = 0; i < 6; i += 2) {
      int bit = (((h[i] & 0xff) << 8) | (h[i + 1] & 0xff)) & 2047;
      bloom[BYTES - 1 - bit / 8] |= (byte) (1 << (bit % 8));
    }
  }

  /** Whether {@code value} may be in a bloom (false: certainly not). */
  public static boolean mayContain(Bytes bloom, Bytes value) {
    byte[] probe = new byte[BYTES];
    add(probe, value);
    for (int i = 0; i < BYTES; i++) {
      if ((probe[i] & bloom.get(i)) != probe[i]) {
        return false;
      }
    }
    return true;
  }
}
