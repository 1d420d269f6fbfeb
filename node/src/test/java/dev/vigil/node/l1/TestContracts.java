package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Bytes;

/** Tiny hand-assembled contracts for tests that must not depend on contracts/. */
final class TestContracts {
  private TestContracts() {}

  /**
   * Init code of a contract whose every call reverts with {@code payload}:
   * runtime {@code CODECOPY(0, 12, n); REVERT(0, n)} followed by the payload.
   */
  static Bytes alwaysReverting(Bytes payload) {
    Bytes runtime = Bytes.concat(copyThen(payload.length(), (byte) 0xfd), payload);
    return Bytes.concat(copyThen(runtime.length(), (byte) 0xf3), runtime);
  }

  /** PUSH1 n PUSH1 12 PUSH1 0 CODECOPY PUSH1 n PUSH1 0 {@code op}: 12 bytes, copying what follows. */
  private static Bytes copyThen(int n, byte op) {
    if (n > 255) {
      throw new IllegalArgumentException("payload too long for PUSH1");
    }
    return Bytes.of((byte) 0x60, (byte) n, (byte) 0x60, (byte) 12, (byte) 0x60, (byte) 0, (byte) 0x39,
        (byte) 0x60, (byte) n, (byte) 0x60, (byte) 0, op);
  }
}
