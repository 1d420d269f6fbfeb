package dev.vigil.protocol.tx;

/** The native backend for tests that compare it with Bouncy Castle: it must load on this machine. */
final class NativeBackend {
  private NativeBackend() {}

  static RecoveryBackend loadOrFail() {
    try {
      return RecoveryBackends.loadNative().backend();
    } catch (RecoveryBackends.NativeUnavailable e) {
      throw new AssertionError("libsecp256k1 must load on this machine: " + e.getMessage(), e);
    }
  }
}
