package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;

/** The calldata of the supported kinds (docs/protocol.md 3.2). */
final class Calls {
  static final Address L2_BRIDGE = Address.fromHex("0x000000000000000000000000000000000000b1d9");

  private Calls() {}

  static Bytes withdrawEth(Address recipient) {
    return Bytes.concat(Bytes.fromHex("0x25e16063"), word(recipient));
  }

  static Bytes withdrawToken(Address token, Address recipient, BigInteger amount) {
    return Bytes.concat(Bytes.fromHex("0x01e33667"), word(token), word(recipient), uint(amount));
  }

  static Bytes transfer(Address to, BigInteger amount) {
    return Bytes.concat(Bytes.fromHex("0xa9059cbb"), word(to), uint(amount));
  }

  static Bytes word(Address a) {
    return Bytes.concat(Bytes.wrap(new byte[12]), a.bytes());
  }

  static Bytes uint(BigInteger v) {
    return Bytes32.fromBigInteger(v).toBytes();
  }
}
