package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.tools.RepoRoot;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Foundry's {@code cast} (1.7.1, from npm) against the sequencer: chain id, balance, nonce, a
 * legacy and two EIP-1559 transfers (fees given, and fees cast estimates) with a dev key (cast
 * waits for the receipts), the receipt
 * again with {@code cast receipt}, and the bridged token as an ERC-20: {@code cast call
 * balanceOf} and {@code decimals}, a {@code cast send transfer} and its Transfer log with
 * {@code cast logs}.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(180)
class CastClientE2eTest {
  private static final Duration STEP = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ACCOUNT = 7;
  private static Path cast;
  private static Path repo;
  private static String l2;
  private static JsonRpcClient rpc;
  private static Address token;

  @BeforeAll
  static void setUp(Devnet d) {
    repo = RepoRoot.find();
    cast = repo.resolve("contracts/node_modules/@foundry-rs/cast-linux-amd64/bin/cast");
    assertTrue(Files.isExecutable(cast), "cast is installed by ./vigil tools: " + cast);
    l2 = d.l2().toString();
    rpc = E2e.l2(d);
    token = d.deployment().token();
  }

  private static String cast(String... args) {
    List<String> cmd = new ArrayList<>(List.of(cast.toString()));
    cmd.addAll(List.of(args));
    return ToolRun.run(repo, java.util.Map.of(), STEP, cmd).expectSuccess(cmd);
  }

  @Test
  void chainId_balance_nonce_matchTheNode() {
    DevAccount me = DevAccount.of(ACCOUNT);
    assertEquals("42424", cast("chain-id", "--rpc-url", l2));
    assertEquals(E2e.balance(rpc, me.address()).toString(), cast("balance", "--rpc-url", l2, me.address().toHex()));
    assertEquals(Long.toString(E2e.nonce(rpc, me.address(), "latest")),
        cast("nonce", "--rpc-url", l2, me.address().toHex()));
  }

  @Test
  void legacyAndEip1559Transfers_succeed_andTheirReceiptsRead() throws Exception {
    DevAccount me = DevAccount.of(ACCOUNT);
    Address to = E2e.freshAddress();
    JsonNode legacy = JSON.readTree(cast("send", "--rpc-url", l2, "--private-key", me.privateKeyHex(),
        "--legacy", "--json", to.toHex(), "--value", "1000"));
    assertEquals("0x1", legacy.get("status").asText(), legacy.toString());
    assertEquals("0x0", legacy.get("type").asText());
    // No eth_feeHistory to estimate from: the fees are given (the L2 base fee is a fixed 1 gwei).
    JsonNode dynamic = JSON.readTree(cast("send", "--rpc-url", l2, "--private-key", me.privateKeyHex(),
        "--gas-price", "2gwei", "--priority-gas-price", "1", "--json", to.toHex(), "--value", "2000"));
    assertEquals("0x1", dynamic.get("status").asText(), dynamic.toString());
    assertEquals("0x2", dynamic.get("type").asText());

    // Without fee flags cast prices an EIP-1559 transaction itself, from eth_feeHistory.
    JsonNode estimated = JSON.readTree(cast("send", "--rpc-url", l2, "--private-key", me.privateKeyHex(),
        "--json", to.toHex(), "--value", "4000"));
    assertEquals("0x1", estimated.get("status").asText(), estimated.toString());
    assertEquals("0x2", estimated.get("type").asText());

    JsonNode again = JSON.readTree(cast("receipt", "--rpc-url", l2, "--json",
        dynamic.get("transactionHash").asText()));
    assertEquals(dynamic.get("blockHash").asText(), again.get("blockHash").asText());
    assertEquals("7000", cast("balance", "--rpc-url", l2, to.toHex()));
  }

  @Test
  void bridgedToken_isAnErc20_forCallAndSend() throws Exception {
    DevAccount me = DevAccount.of(ACCOUNT);
    Address to = E2e.freshAddress();
    BigInteger before = E2e.tokenBalance(rpc, token, me.address());
    String shown = cast("call", "--rpc-url", l2, token.toHex(), "balanceOf(address)(uint256)", me.address().toHex());
    assertEquals(before.toString(), shown.split(" ")[0], shown);

    JsonNode sent = JSON.readTree(cast("send", "--rpc-url", l2, "--private-key", me.privateKeyHex(), "--legacy",
        "--json", token.toHex(), "transfer(address,uint256)", to.toHex(), ETHER.toString()));
    assertEquals("0x1", sent.get("status").asText(), sent.toString());
    assertEquals(ETHER, E2e.tokenBalance(rpc, token, to));
    String after = cast("call", "--rpc-url", l2, token.toHex(), "balanceOf(address)(uint256)", to.toHex());
    assertEquals(ETHER.toString(), after.split(" ")[0], after);

    String block = Long.toString(Long.decode(sent.get("blockNumber").asText()));
    JsonNode logs = JSON.readTree(cast("logs", "--rpc-url", l2, "--json", "--from-block", block, "--to-block", block,
        "--address", token.toHex(), "Transfer(address indexed,address indexed,uint256)", me.address().toHex(),
        to.toHex()));
    assertEquals(1, logs.size(), logs.toString());
    assertEquals(sent.get("transactionHash").asText(), logs.get(0).get("transactionHash").asText());
    assertEquals("18", cast("call", "--rpc-url", l2, token.toHex(), "decimals()(uint8)"));
  }
}
