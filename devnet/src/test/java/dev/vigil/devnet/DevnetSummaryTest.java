package dev.vigil.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.process.ChildStartup;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevnetSummaryTest {
  private static final BigInteger ETHER = BigInteger.TEN.pow(18);

  private final DevnetSummary summary = new DevnetSummary(URI.create("http://127.0.0.1:8544"), 31337,
      42424, URI.create("http://127.0.0.1:8545"),
      Map.of("verifier-2", URI.create("http://127.0.0.1:8547"), "verifier-1", URI.create("http://127.0.0.1:8546")),
      Address.fromHex("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
      Address.fromHex("0xa16E02E87b7454126E5E10d957A927A7F5B5d2be"),
      Address.fromHex("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"),
      DevAccount.of(0).address(), 20, 60,
      List.of(new FundedAccount(DevAccount.of(3), ETHER.multiply(BigInteger.valueOf(100)),
          ETHER.multiply(BigInteger.valueOf(1000)))), 4321,
      new BringUp(List.of(new BringUp.Step("Anvil started", 0, 480, Optional.empty(), Optional.empty()),
          BringUp.Step.child(Devnet.SEQUENCER_STEP, 1300, 4100, new ChildStartup(
              Duration.ofMillis(2750), Optional.of(Duration.ofMillis(2950)), ChildStartup.ArchiveUse.USED)))));

  @Test
  void json_carriesEndpointsContractsAndAccountsWithKeys(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("sub/devnet.json");
    summary.writeJson(out);
    JsonNode j = new ObjectMapper().readTree(Files.readString(out));
    assertEquals("http://127.0.0.1:8544", j.at("/l1/url").asText());
    assertEquals(31337, j.at("/l1/chainId").asLong());
    assertEquals("http://127.0.0.1:8545", j.at("/l2/rpc").asText());
    assertEquals(42424, j.at("/l2/chainId").asLong());
    assertEquals("http://127.0.0.1:8546", j.at("/verifiers/verifier-1").asText());
    assertEquals("0xa16E02E87b7454126E5E10d957A927A7F5B5d2be", j.at("/contracts/bridge").asText());
    assertEquals(20, j.at("/challengeWindowSeconds").asLong());
    JsonNode a = j.at("/accounts/0");
    assertEquals(3, a.get("index").asInt());
    assertEquals("0x90F79bf6EB2c4f870365E785982E1f101E93b906", a.get("address").asText());
    assertEquals(DevAccount.of(3).privateKeyHex(), a.get("privateKey").asText());
    assertEquals("100000000000000000000", a.get("l2EthWei").asText());
    assertEquals(4321, j.get("bringUpMillis").asLong());
    JsonNode seq = j.at("/bringUpSteps/1");
    assertEquals(Devnet.SEQUENCER_STEP, seq.get("step").asText());
    assertEquals(1300, seq.get("startMillis").asLong());
    assertEquals(4100, seq.get("endMillis").asLong());
    assertEquals(2950, seq.get("cpuMillis").asLong());
    assertEquals("used", seq.get("classDataArchive").asText());
    assertTrue(j.at("/bringUpSteps/0/cpuMillis").isMissingNode());
  }

  @Test
  void text_showsBalancesInEtherAndTheBringUpTime() {
    String text = summary.toText();
    assertTrue(text.contains("4321 ms"), text);
    assertTrue(text.contains("100 ETH  1000 DVT"), text);
    assertTrue(text.indexOf("verifier-1") < text.indexOf("verifier-2"), text);
    assertTrue(text.contains(DevAccount.of(3).privateKeyHex()), text);
    assertTrue(text.contains("1.30 ->   4.10    2.80 s  sequencer JVM, launch to READY (CPU 2.95 s, class-data archive used)"), text);
  }
}
