package dev.vigil.devnet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.tools.RepoRoot;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ethers v6 (pinned in clients/package.json) run by node: {@code clients/ethers-check.mjs}
 * reads the chain id, balance and nonce, sends a legacy and an EIP-1559 transfer and waits for
 * their receipts, reads the bridged token with ERC-20 {@code balanceOf}, {@code decimals} and
 * {@code symbol}, transfers it and finds the Transfer log with a contract event query, and
 * prints what it saw as JSON, which this test checks against the node.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(240)
class EthersClientE2eTest {
  private static final int ACCOUNT = 9;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void ethersV6_chainIdBalanceNonceTransfersAndErc20(Devnet devnet) throws Exception {
    Path clients = RepoRoot.find().resolve("clients");
    installIfMissing(clients);
    DevAccount me = DevAccount.of(ACCOUNT);
    JsonRpcClient rpc = E2e.l2(devnet);
    BigInteger balance = E2e.balance(rpc, me.address());
    long nonce = E2e.nonce(rpc, me.address(), "pending");
    BigInteger tokens = E2e.tokenBalance(rpc, devnet.deployment().token(), me.address());

    List<String> cmd = List.of("node", "ethers-check.mjs");
    String out = ToolRun.run(clients, Map.of("L2_URL", devnet.l2().toString(), "CHAIN_ID", "42424",
        "PRIVATE_KEY", me.privateKeyHex(), "TOKEN", devnet.deployment().token().toHex()),
        Duration.ofSeconds(90), cmd).expectSuccess(cmd);
    JsonNode seen = JSON.readTree(out.lines().reduce((a, b) -> b).orElseThrow());

    assertEquals("42424", seen.get("chainId").asText());
    assertEquals("42424", seen.get("rpcChainId").asText());
    assertEquals(me.address().toHex(), seen.get("address").asText().toLowerCase());
    assertEquals(balance.toString(), seen.get("balance").asText());
    assertEquals(nonce, seen.get("nonce").asLong());
    assertEquals(1, seen.get("legacy").get("status").asInt(), out);
    assertEquals(0, seen.get("legacy").get("type").asInt());
    assertEquals(1, seen.get("eip1559").get("status").asInt(), out);
    assertEquals(2, seen.get("eip1559").get("type").asInt());
    assertEquals("3000", seen.get("recipientBalance").asText());
    assertEquals(tokens.toString(), seen.get("tokenBalance").asText());
    assertEquals(1, seen.get("tokenTransfer").get("status").asInt(), out);
    assertEquals("7", seen.get("recipientTokenBalance").asText());
    assertEquals(nonce + 3, seen.get("nonceAfter").asLong());
    assertEquals(1, seen.get("tokenTransfer").get("logs").asInt(), "the receipt carries the Transfer log");
    assertEquals(18, seen.get("decimals").asInt());
    assertEquals("DVT", seen.get("symbol").asText());
    JsonNode logs = seen.get("transferLogs");
    assertEquals(1, logs.size(), out);
    assertEquals(seen.get("tokenTransfer").get("hash").asText(), logs.get(0).get("tx").asText());
    assertEquals("7", logs.get(0).get("value").asText());
  }

  /** {@code npm ci} from the lock file when clients/node_modules is missing (the registry is reachable). */
  private static void installIfMissing(Path clients) {
    if (Files.isDirectory(clients.resolve("node_modules/ethers"))) {
      return;
    }
    List<String> cmd = List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    ToolRun.run(clients, Map.of(), Duration.ofSeconds(180), cmd).expectSuccess(cmd);
    assertTrue(Files.isDirectory(clients.resolve("node_modules/ethers")), "npm ci installed ethers");
  }
}
