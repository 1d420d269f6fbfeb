package dev.vigil.protocol.crypto;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;

/** keccak256, the protocol's only hash. One sponge per thread, reused. */
public final class Keccak {
  private static final ThreadLocal<KeccakSponge> SPONGE = ThreadLocal.withInitial(KeccakSponge::new);

  private Keccak() {}

  /** keccak256 of the concatenation of {@code parts}. */
  public static Bytes32 hash(byte[]... parts) {
    return Bytes32.wrap(SPONGE.get().hash(parts));
  }

  public static Bytes32 hash(Bytes data) {
    return Bytes32.wrap(SPONGE.get().hash(data.unsafeArray()));
  }

  /** keccak256(a || b) of two words: the Merkle and SMT node hash. */
  public static Bytes32 hash(Bytes32 a, Bytes32 b) {
    return Bytes32.wrap(SPONGE.get().hash(a.unsafeArray(), b.unsafeArray()));
  }
}
