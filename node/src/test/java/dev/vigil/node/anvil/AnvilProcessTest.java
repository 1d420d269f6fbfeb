package dev.vigil.node.anvil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;

class AnvilProcessTest {
  @TempDir
  Path logs;

  @BeforeAll
  static void anvilInstalled() {
    AnvilAssumptions.requireAnvil();
  }

  static long timestamp(AnvilProcess anvil) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> block = ((io.vertx.core.json.JsonObject) anvil.rpc("eth_getBlockByNumber", "latest", false)).getMap();
    return Long.decode((String) block.get("timestamp"));
  }

  @Test
  void startsOnLoopbackWithChainId31337AndLogsToAFile() throws IOException {
    try (AnvilProcess anvil = AnvilProcess.start(logs)) {
      assertTrue(anvil.url().startsWith("http://127.0.0.1:"));
      assertEquals("0x7a69", anvil.rpc("eth_chainId"));
      assertTrue(Files.exists(anvil.logFile()));
      assertTrue(anvil.logFile().startsWith(logs));
    }
  }

  @Test
  void devAccountsAreAnvilsFundedAccountsAndMatchTheirKeys() throws IOException {
    try (AnvilProcess anvil = AnvilProcess.start(logs)) {
      List<Address> expected = new ArrayList<>();
      for (int i = 0; i < DevAccounts.COUNT; i++) {
        expected.add(anvil.devAddress(i));
        Credentials c = Credentials.create(DevAccounts.PRIVATE_KEYS.get(i));
        assertEquals(anvil.devAddress(i), Address.fromHex(c.getAddress()), "key " + i);
      }
      List<Address> accounts = new ArrayList<>();
      for (Object a : (io.vertx.core.json.JsonArray) anvil.rpc("eth_accounts")) {
        accounts.add(Address.fromHex((String) a));
      }
      assertEquals(expected, accounts);
    }
  }

  @Test
  void increaseTimeAndMineMoveTheClock() throws IOException {
    try (AnvilProcess anvil = AnvilProcess.start(logs)) {
      long before = timestamp(anvil);
      anvil.evmIncreaseTime(3600);
      anvil.mine();
      assertTrue(timestamp(anvil) >= before + 3600);
      assertEquals("0x1", anvil.rpc("eth_blockNumber"));
    }
  }

  @Test
  void closeKillsTheProcessByPidAndIsIdempotent() throws IOException {
    AnvilProcess anvil = AnvilProcess.start(logs);
    long pid = anvil.pid();
    assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    anvil.close();
    anvil.close();
    assertFalse(anvil.isAlive());
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    assertThrows(IOException.class, () -> anvil.rpc("eth_chainId"));
  }

  @Test
  void givenPortAndBlockTimeAreUsed() throws IOException, InterruptedException {
    int port = AnvilProcess.freePort();
    try (AnvilProcess anvil = AnvilProcess.start(AnvilOptions.defaults(logs).withPort(port).withBlockTime(1))) {
      assertEquals(port, anvil.port());
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (Long.decode((String) anvil.rpc("eth_blockNumber")) < 2 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      assertTrue(Long.decode((String) anvil.rpc("eth_blockNumber")) >= 2, "blocks without transactions");
    }
  }

  @Test
  void aBinaryThatDoesNotExistFailsToStart() {
    AnvilOptions options = AnvilOptions.defaults(logs).withBinary(logs.resolve("no-anvil"));
    assertThrows(IOException.class, () -> AnvilProcess.start(options));
  }

  @Test
  void aBinaryThatExitsAtOnceIsReportedWithItsLog() throws IOException {
    AnvilOptions options = AnvilOptions.defaults(logs).withPort(AnvilProcess.freePort())
        .withExtraArgs(List.of("--no-such-flag"));
    IOException e = assertThrows(IOException.class, () -> AnvilProcess.start(options));
    assertTrue(e.getMessage().contains("exited"), e.getMessage());
  }

  @Test
  void locatesTheBinaryFromTheEnvironmentOrAboveTheWorkingDirectory() throws IOException {
    Path repo = logs.resolve("repo");
    Path bin = repo.resolve(AnvilBinary.IN_REPO);
    Files.createDirectories(bin.getParent());
    Files.writeString(bin, "");
    Path deep = Files.createDirectories(repo.resolve("node/target"));
    assertEquals(bin, AnvilBinary.locate(null, deep).orElseThrow());
    assertEquals(bin, AnvilBinary.locate(bin.toString(), logs).orElseThrow());
    assertTrue(AnvilBinary.locate(logs.resolve("missing").toString(), deep).isEmpty());
  }
}
