package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovery and signing in libsecp256k1 through ACINQ's JNI binding (secp256k1-kmp). The
 * binding's context is global and read-only after creation, so any number of threads may
 * recover and sign at once. libsecp256k1 accepts a high {@code s} in recovery; EIP-2 and the
 * other ranges are checked before the call.
 */
final class NativeRecovery implements RecoveryBackend {
  private static final Pattern JAR_VERSION = Pattern.compile("secp256k1-kmp-jvm-([^/]+)\\.jar$");

  private final fr.acinq.secp256k1.Secp256k1 secp;

  private NativeRecovery(fr.acinq.secp256k1.Secp256k1 secp) {
    this.secp = secp;
  }

  /**
   * Extracts and loads the JNI library. Throws when this platform has none or it fails to load
   * (a {@link LinkageError} when the binding's jars are missing from the classpath).
   */
  static NativeRecovery load() {
    return new NativeRecovery(fr.acinq.secp256k1.Secp256k1.Companion.get());
  }

  @Override
  public Optional<Address> recover(Bytes32 hash, int yParity, BigInteger r, BigInteger s) {
    byte[] compact = new byte[64]; // r || s, big-endian
    putWord(r, compact, 0);
    putWord(s, compact, 32);
    byte[] publicKey = recoverKey(compact, hash.unsafeArray(), yParity);
    return publicKey == null ? Optional.empty() : Optional.of(Secp256k1.address(publicKey));
  }

  @Override
  public byte[] publicKey(BigInteger privateKey) {
    return secp.pubkeyCreate(word(privateKey)); // uncompressed, 65 bytes
  }

  /**
   * libsecp256k1's {@code secp256k1_ecdsa_sign} with its default nonce, RFC 6979 with HMAC-SHA256
   * and no extra entropy (the {@code null}), which also returns {@code s} in the low half: the
   * same signature as Bouncy Castle's. The binding has no recoverable signing, so the parity is
   * the one whose recovery gives the key back (one recovery, two for half the signatures).
   */
  @Override
  public TxSigner.Signature sign(BigInteger privateKey, Bytes32 hash) {
    byte[] key = word(privateKey);
    byte[] msg = hash.unsafeArray();
    byte[] compact = secp.sign(msg, key, null); // r || s, big-endian
    byte[] expected = secp.pubkeyCreate(key);
    for (int parity = 0; parity <= 1; parity++) {
      if (Arrays.equals(expected, recoverKey(compact, msg, parity))) {
        return new TxSigner.Signature(parity, new BigInteger(1, Arrays.copyOfRange(compact, 0, 32)),
            new BigInteger(1, Arrays.copyOfRange(compact, 32, 64)));
      }
    }
    throw new IllegalStateException("no recovery id reproduces the signer's key");
  }

  /** The recovered uncompressed key, or null when none recovers. */
  private byte[] recoverKey(byte[] compact, byte[] msg, int parity) {
    try {
      return secp.ecdsaRecover(compact, msg, parity);
    } catch (RuntimeException e) {
      // the library's only answer to "no key": r is no curve point's x, or Q is at infinity
      return null;
    }
  }

  @Override
  public String name() {
    return "native";
  }

  /** {@code libsecp256k1 via secp256k1-kmp <version>}, the version read from the jar's name. */
  static String library() {
    CodeSource source = fr.acinq.secp256k1.Secp256k1.class.getProtectionDomain().getCodeSource();
    Matcher m = JAR_VERSION.matcher(source == null ? "" : String.valueOf(source.getLocation()));
    return "libsecp256k1 via secp256k1-kmp" + (m.find() ? " " + m.group(1) : "");
  }

  private static byte[] word(BigInteger v) {
    byte[] out = new byte[32];
    putWord(v, out, 0);
    return out;
  }

  /** {@code v} (0 <= v < 2^256) as 32 big-endian bytes at {@code offset}. */
  private static void putWord(BigInteger v, byte[] out, int offset) {
    byte[] b = v.toByteArray(); // minimal two's complement: may carry one leading zero byte
    int len = Math.min(b.length, 32);
    System.arraycopy(b, b.length - len, out, offset + 32 - len, len);
  }
}
