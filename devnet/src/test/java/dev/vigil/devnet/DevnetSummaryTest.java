package dev.vigil.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
          ETHER.multiply(BigInteger.valueOf(1000)))), 4321);

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
  }

  @Test
  void text_showsBalancesInEtherAndTheBringUpTime() {
    String text = summary.toText();
    assertTrue(text.contains("4321 ms"), text);
    assertTrue(text.contains("100 ETH  1000 DVT"), text);
    assertTrue(text.indexOf("verifier-1") < text.indexOf("verifier-2"), text);
    assertTrue(text.contains(DevAccount.of(3).privateKeyHex()), text);
  }
}
