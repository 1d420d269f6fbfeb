package dev.vigil.node.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {
  private static final Set<String> OPTIONS = Set.of("--l1-url", "--n", "--key", "--to");
  private static final String KEY = "0x" + "00".repeat(31) + "07";

  private static String error(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> {
      CommandLine cli = new CommandLine(OPTIONS, args);
      cli.url("--l1-url");
      cli.positiveInt("--n", 1);
      cli.privateKey("--key");
      cli.optional("--to").ifPresent(v -> cli.address("--to"));
    }).getMessage();
  }

  @Test
  void readsEveryKindOfValue() {
    CommandLine cli = new CommandLine(OPTIONS, "--l1-url", "http://127.0.0.1:1", "--n", "5",
        "--key", KEY, "--to", "0x" + "11".repeat(20));
    assertEquals("http://127.0.0.1:1", cli.url("--l1-url").toString());
    assertEquals(5, cli.positiveInt("--n", 1));
    assertEquals(BigInteger.valueOf(7), cli.privateKey("--key").orElseThrow());
    assertEquals("0x" + "11".repeat(20), cli.address("--to").toHex());
    assertEquals("fallback", new CommandLine(OPTIONS).get("--n", "fallback"));
    assertFalse(new CommandLine(OPTIONS).privateKey("--key").isPresent());
  }

  @Test
  void refusesBadCommandLinesWithTheOptionsName() {
    assertEquals("unknown option --x", error("--x", "1"));
    assertEquals("--n needs a value", error("--l1-url", "http://a", "--n"));
    assertEquals("--n given twice", error("--n", "1", "--n", "2"));
    assertEquals("missing --l1-url", error());
    assertEquals("--l1-url must be an http(s) URL: ftp://a", error("--l1-url", "ftp://a"));
    assertEquals("--n is not a number: x", error("--l1-url", "http://a", "--n", "x"));
    assertEquals("--n must be 1.." + Integer.MAX_VALUE, error("--l1-url", "http://a", "--n", "0"));
    assertEquals("--to is not an address: 0x12", error("--l1-url", "http://a", "--to", "0x12"));
  }

  @Test
  void aBadKeyIsRefusedWithoutEchoingIt() {
    String message = error("--l1-url", "http://a", "--key", "0xdeadbeef");
    assertEquals("--key is not a 32-byte hex private key", message);
    assertFalse(message.contains("deadbeef"));
  }
}
