package dev.vigil.protocol.tx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How the backend is chosen, what it tells the logs, and that native recovery is thread-safe. */
class RecoveryBackendsTest {

  @Test
  void autoPicksNativeOnThisMachine() {
    RecoveryBackends.Choice c = RecoveryBackends.choose("auto");
    assertInstanceOf(NativeRecovery.class, c.backend());
    assertEquals("native (libsecp256k1 via secp256k1-kmp 0.23.0)", c.describe());
  }

  @Test
  void bcForcesBouncyCastleAndNativeForcesNative() {
    assertEquals(BouncyCastleRecovery.INSTANCE, RecoveryBackends.choose("bc").backend());
    assertEquals("bouncycastle (vigil.secp256k1=bc)", RecoveryBackends.choose("bc").describe());
    assertInstanceOf(NativeRecovery.class, RecoveryBackends.choose(" native ").backend());
  }

  @Test
  void anUnknownModeIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RecoveryBackends.choose("fast"));
    assertTrue(e.getMessage().contains("auto, native or bc"), e.getMessage());
  }

  @Test
  void bothBackendsPassTheSelfCheck() throws RecoveryBackends.NativeUnavailable {
    assertEquals(Optional.empty(), RecoveryBackends.selfCheckProblem(BouncyCastleRecovery.INSTANCE));
    assertEquals(Optional.empty(), RecoveryBackends.selfCheckProblem(RecoveryBackends.loadNative().backend()));
  }

  @Test
  void thisJvmRunsTheConfiguredBackend() {
    String mode = System.getProperty(RecoveryBackends.PROPERTY, "auto");
    assertEquals(RecoveryBackends.choose(mode).describe(), SenderRecovery.backend());
  }

  @Test
  void theSystemPropertyChoosesTheBackendOfAFreshJvm() throws Exception {
    assertEquals("bouncycastle (vigil.secp256k1=bc)", probe("bc"));
    assertEquals("native (libsecp256k1 via secp256k1-kmp 0.23.0)", probe("auto"));
  }

  @Test
  void nativeRecoveryIsThreadSafe() throws Exception {
    RecoveryBackend nat = RecoveryBackends.loadNative().backend();
    int n = 64;
    Bytes32[] hashes = new Bytes32[n];
    TxSigner.Signature[] sigs = new TxSigner.Signature[n];
    Address[] signers = new Address[n];
    for (int i = 0; i < n; i++) {
      BigInteger key = BigInteger.valueOf(1_000 + i);
      hashes[i] = Bytes32.fromLong(i);
      sigs[i] = TxSigner.sign(key, hashes[i]);
      signers[i] = TxSigner.address(key);
    }
    Concurrently.assertEveryCallHolds(4, 1_000, n, i -> {
      TxSigner.Signature s = sigs[i];
      return SenderRecovery.recover(nat, hashes[i], s.yParity(), s.r(), s.s())
          .equals(Optional.of(signers[i]));
    });
  }

  /** {@link SenderRecovery#backend()} in a child JVM started with {@code -Dvigil.secp256k1=mode}. */
  private static String probe(String mode) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-D" + RecoveryBackends.PROPERTY + "=" + mode,
        "-cp", System.getProperty("java.class.path"), BackendProbe.class.getName())
        .redirectErrorStream(true)
        .start();
    try (InputStream out = p.getInputStream()) {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("the probe JVM (pid " + p.pid() + ") did not exit in 60 s");
      }
      String text = new String(out.readAllBytes(), StandardCharsets.UTF_8).trim();
      assertEquals(0, p.exitValue(), text);
      return text;
    } finally {
      p.destroyForcibly();
    }
  }
}
