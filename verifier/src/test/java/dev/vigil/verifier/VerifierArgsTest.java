package dev.vigil.verifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VerifierArgsTest {
  private static final String ROLLUP = "0x5fbdb2315678afecb367f032d93f642f64180aa3";
  private static final String KEY =
      "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

  @Test
  void requiredOptions_andDefaults() {
    VerifierConfig c = VerifierArgs.parse(
        "--l1-url", "http://127.0.0.1:8545", "--rollup", ROLLUP, "--data-dir", "/tmp/v1");

    assertEquals(URI.create("http://127.0.0.1:8545"), c.l1Url());
    assertEquals(Address.fromHex(ROLLUP), c.rollup());
    assertEquals(Path.of("/tmp/v1"), c.dataDir());
    assertEquals("127.0.0.1", c.rpcHost());
    assertEquals(8546, c.rpcPort());
    assertEquals(500, c.pollMs());
    assertFalse(c.l1Key().isPresent());
  }

  @Test
  void everyOption() {
    VerifierConfig c = VerifierArgs.parse("--l1-url", "http://localhost:1", "--rollup", ROLLUP,
        "--data-dir", "d", "--rpc-host", "127.0.0.1", "--rpc-port", "0", "--poll-ms", "250",
        "--name", "verifier-2", "--l1-key", KEY);

    assertEquals(0, c.rpcPort());
    assertEquals(250, c.pollMs());
    assertEquals("verifier-2", c.name());
    assertEquals(new BigInteger(KEY.substring(2), 16), c.l1Key().get());
    assertFalse(c.toString().contains(KEY.substring(2)), "the key is never printed");
  }

  @Test
  void badCommandLines_sayWhatIsWrong() {
    assertMessage("missing --l1-url", "--rollup", ROLLUP, "--data-dir", "d");
    assertMessage("missing --data-dir", "--l1-url", "http://x", "--rollup", ROLLUP);
    assertMessage("unknown option --port", "--port", "1");
    assertMessage("--rollup needs a value", "--rollup");
    assertMessage("--rollup is not an address: 0x12", "--l1-url", "http://x", "--rollup", "0x12",
        "--data-dir", "d");
    assertMessage("--l1-url must be an http(s) URL: ws://x", "--l1-url", "ws://x", "--rollup",
        ROLLUP, "--data-dir", "d");
    assertMessage("--poll-ms is not a number: soon", "--l1-url", "http://x", "--rollup", ROLLUP,
        "--data-dir", "d", "--poll-ms", "soon");
    String secret = "0x1234";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VerifierArgs.parse(
        "--l1-url", "http://x", "--rollup", ROLLUP, "--data-dir", "d", "--l1-key", secret));
    assertTrue(e.getMessage().startsWith("--l1-key is not"));
    assertFalse(e.getMessage().contains(secret));
  }

  private static void assertMessage(String message, String... args) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> VerifierArgs.parse(args));
    assertEquals(message, e.getMessage());
  }
}
