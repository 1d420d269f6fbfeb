package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * Chooses {@link SenderRecovery}'s backend once per JVM from the system property
 * {@code vigil.secp256k1}: {@code auto} (the default) takes libsecp256k1 when it loads and
 * passes a self-check, else Bouncy Castle; {@code native} insists on libsecp256k1 (an error if
 * it is unavailable, so a benchmark never measures the wrong one); {@code bc} takes Bouncy Castle.
 */
final class RecoveryBackends {
  static final String PROPERTY = "vigil.secp256k1";

  // Self-check vector: private key 1 signed keccak256("vigil secp256k1 self-check") (RFC 6979).
  private static final Bytes32 CHECK_HASH =
      Bytes32.fromHex("0x59a2570ce912d8a7838607f0a0a27c21112f5dbd68aa5c66f085443691796047");
  private static final BigInteger CHECK_R =
      new BigInteger("689b7bf74bd68ff8e22ac71205f410ab9d9596b27d9a63757b118e6218cba732", 16);
  private static final BigInteger CHECK_S =
      new BigInteger("0fb0015cab4dc151883a7d8acde0ed7c352fcf732a3859e52cd86519a39982c6", 16);
  private static final Address CHECK_SIGNER = Address.fromHex("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
  /** The smallest x for which {@code x^3 + 7} has no square root mod p: no key recovers. */
  private static final BigInteger NO_POINT_X = BigInteger.valueOf(5);

  /** The backend in use, and why it was chosen. */
  record Choice(RecoveryBackend backend, String why) {
    Choice {
      Objects.requireNonNull(backend, "backend");
      Objects.requireNonNull(why, "why");
    }

    /** For the startup log: {@code native (libsecp256k1 via ...)}. */
    String describe() {
      return backend.name() + " (" + why + ")";
    }
  }

  private RecoveryBackends() {}

  static Choice configured() {
    return choose(System.getProperty(PROPERTY, "auto"));
  }

  /**
   * Throws {@link IllegalArgumentException} for an unknown mode, {@link IllegalStateException}
   * for {@code native} when libsecp256k1 is unavailable.
   */
  static Choice choose(String mode) {
    switch (mode.trim()) {
      case "bc":
        return new Choice(BouncyCastleRecovery.INSTANCE, PROPERTY + "=bc");
      case "native":
        try {
          return loadNative();
        } catch (NativeUnavailable e) {
          throw new IllegalStateException(PROPERTY + "=native, but " + e.getMessage(), e);
        }
      case "auto":
        try {
          return loadNative();
        } catch (NativeUnavailable e) {
          return new Choice(BouncyCastleRecovery.INSTANCE, e.getMessage());
        }
      default:
        throw new IllegalArgumentException(PROPERTY + " must be auto, native or bc, not '" + mode + "'");
    }
  }

  /** The native backend, once it has loaded and passed the self-check. */
  static Choice loadNative() throws NativeUnavailable {
    NativeRecovery backend;
    Optional<String> problem;
    try {
      backend = NativeRecovery.load();
      problem = selfCheckProblem(backend); // a native method that fails to link throws here
    } catch (RuntimeException | LinkageError e) {
      throw new NativeUnavailable(e.toString());
    }
    if (problem.isPresent()) {
      throw new NativeUnavailable("self-check failed: " + problem.get());
    }
    ExtractedLibrary.removeLoadedCopies();
    return new Choice(backend, NativeRecovery.library());
  }

  /**
   * What is wrong with {@code b}: it must sign the known signature (the signed bytes must not
   * depend on the backend), recover the known signer and refuse an r that is no point's x.
   */
  static Optional<String> selfCheckProblem(RecoveryBackend b) {
    TxSigner.Signature sig = b.sign(BigInteger.ONE, CHECK_HASH);
    if (!sig.equals(new TxSigner.Signature(0, CHECK_R, CHECK_S))) {
      return Optional.of("signed " + sig + ", expected the RFC 6979 signature");
    }
    Optional<Address> signer = b.recover(CHECK_HASH, 0, CHECK_R, CHECK_S);
    if (!signer.equals(Optional.of(CHECK_SIGNER))) {
      return Optional.of("recovered " + signer + ", expected " + CHECK_SIGNER);
    }
    return b.recover(CHECK_HASH, 0, NO_POINT_X, CHECK_S)
        .map(a -> "recovered " + a + " from an r with no curve point");
  }

  /** Why libsecp256k1 cannot be used in this JVM. */
  static final class NativeUnavailable extends Exception {
    NativeUnavailable(String reason) {
      super("native unavailable: " + reason);
    }
  }
}
