package dev.vigil.protocol.crypto;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import org.bouncycastle.crypto.digests.KeccakDigest;

/** keccak256, the protocol's only hash. One digest per thread, reused. */
public final class Keccak {
  private static final ThreadLocal<KeccakDigest> DIGEST =
      ThreadLocal.withInitial(() -> new KeccakDigest(256));

  private Keccak() {}

  /** keccak256 of the concatenation of {@code parts}. */
  public static Bytes32 hash(byte[]... parts) {
    KeccakDigest d = DIGEST.get();
    for (byte[] p : parts) {
      d.update(p, 0, p.length);
    }
    byte[] out = new byte[32];
    d.doFinal(out, 0);
    return Bytes32.wrap(out);
  }

  public static Bytes32 hash(Bytes data) {
    return hash(data.unsafeArray());
  }

  /** keccak256(a || b) of two words: the Merkle and SMT node hash. */
  public static Bytes32 hash(Bytes32 a, Bytes32 b) {
    return hash(a.unsafeArray(), b.unsafeArray());
  }
}
