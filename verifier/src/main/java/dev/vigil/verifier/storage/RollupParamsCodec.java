package dev.vigil.verifier.storage;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.verifier.derive.RollupParams;
import java.nio.ByteBuffer;

/** {@code u64(chainId) || u256(baseFee) || addr feeRecipient || addr bridge || u64(window)}. */
final class RollupParamsCodec {
  private static final int SIZE = 8 + 32 + 20 + 20 + 8;

  private RollupParamsCodec() {}

  static Bytes encode(RollupParams p) {
    ByteBuffer b = ByteBuffer.allocate(SIZE).putLong(p.chain().chainId());
    b.put(Bytes32.fromBigInteger(p.chain().baseFee()).unsafeArray());
    b.put(p.chain().feeRecipient().bytes().unsafeArray()).put(p.bridge().bytes().unsafeArray());
    return Bytes.wrap(b.putLong(p.challengeWindow()).array());
  }

  static RollupParams decode(Bytes bytes) {
    if (bytes.length() != SIZE) {
      throw new IllegalArgumentException("not a rollup-parameters record: " + bytes);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes.toArray());
    long chainId = b.getLong();
    byte[] fee = new byte[32];
    byte[] recipient = new byte[20];
    byte[] bridge = new byte[20];
    b.get(fee).get(recipient).get(bridge);
    ChainParams chain =
        new ChainParams(chainId, Bytes32.wrap(fee).toBigInteger(), new Address(Bytes.wrap(recipient)));
    return new RollupParams(chain, new Address(Bytes.wrap(bridge)), b.getLong());
  }
}
