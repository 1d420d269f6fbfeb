package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static dev.vigil.devnet.e2e.E2e.SETTLE;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.rpc.JsonRpcError;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Golden request/response files (src/test/resources/golden, syntax in its README.md and
 * {@link GoldenJson}) replayed through the real HTTP servers of the shared devnet's sequencer
 * and verifier. The setup makes the golden account's history fixed: a key only this class
 * uses, funded with 10 ETH and 5 DVT, then a legacy transfer, an EIP-1559 transfer and an ETH
 * withdrawal of 1 ETH each, so its balances and nonces are exact values in the files.
 *
 * <p>{@code -Dgolden.record=true} writes the actual responses into the files whose response is
 * {@code null} (then put the placeholders in by hand where values are volatile).
 */
@ExtendWith(SharedDevnet.class)
@Timeout(180)
class GoldenRpcE2eTest {
  static final BigInteger GOLDEN_KEY = new BigInteger("60d0000000000000000000000000000000000000000000000000000000000001", 16);
  static final Address TRANSFER_TO = Address.fromHex("0x00000000000000000000000000000000000beef1");
  static final Address L1_RECIPIENT = Address.fromHex("0x00000000000000000000000000000000000c0ff1");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Map<String, Object> VARS = new HashMap<>();
  private static Devnet devnet;

  @BeforeAll
  static void setUp(Devnet d) {
    devnet = d;
    JsonRpcClient l2 = E2e.l2(d);
    Address token = d.deployment().token();
    L2Wallet funder = E2e.wallet(d, 3);
    L2Wallet golden = new L2Wallet(l2, GOLDEN_KEY, E2e.L2_CHAIN_ID);
    funder.sendEth(golden.address(), ETHER.multiply(BigInteger.TEN));
    String tokenTx = funder.transferToken(token, golden.address(), ETHER.multiply(BigInteger.valueOf(5)));
    JsonNode tokenReceipt = l2.call("eth_getTransactionReceipt", tokenTx);
    String legacy = golden.send(golden.legacy(0, TRANSFER_TO, ETHER, Bytes.EMPTY, 21_000));
    String dynamic = golden.send(golden.eip1559(1, TRANSFER_TO, ETHER, Bytes.EMPTY, 21_000));
    golden.withdrawEth(L1_RECIPIENT, ETHER);
    JsonNode receipt = l2.call("eth_getTransactionReceipt", legacy);
    VARS.put("token", token.toHex());
    VARS.put("golden", golden.address().toHex());
    VARS.put("goldenNo0x", golden.address().toHex().substring(2));
    VARS.put("transferTo", TRANSFER_TO.toHex());
    VARS.put("transferToNo0x", TRANSFER_TO.toHex().substring(2));
    VARS.put("l1Recipient", L1_RECIPIENT.toHex());
    VARS.put("legacyTx", legacy);
    VARS.put("tokenTx", tokenTx);
    VARS.put("tokenBlock", tokenReceipt.get("blockNumber").asText());
    VARS.put("tokenBlockHash", tokenReceipt.get("blockHash").asText());
    VARS.put("funder", funder.address().toHex());
    VARS.put("funderNo0x", funder.address().toHex().substring(2));
    VARS.put("dynamicTx", dynamic);
    VARS.put("legacyBlock", receipt.get("blockNumber").asText());
    VARS.put("legacyBlockHash", receipt.get("blockHash").asText());
    VARS.put("rawTx", funder.legacy(funder.nonce(), E2e.freshAddress(), BigInteger.ONE, Bytes.EMPTY, 21_000).toHex());
    VARS.put("staleTx", golden.legacy(0, TRANSFER_TO, BigInteger.TWO, Bytes.EMPTY, 21_000).toHex());
    VARS.put("withdrawalIndex", awaitWithdrawalIndex(l2));
    // The verifier's goldens read the golden account at its final state.
    JsonRpcClient verifier = E2e.verifier(d, 1);
    BigInteger expected = golden.balance();
    E2e.awaitTrue("verifier-1 reached the golden account's last transaction", SETTLE,
        () -> expected.equals(E2e.balance(verifier, golden.address())));
  }

  private static Long awaitWithdrawalIndex(JsonRpcClient l2) {
    return E2e.await("the golden withdrawal in a posted batch", SETTLE, () -> {
      for (long i = 0; ; i++) {
        JsonNode p;
        try {
          p = l2.call("rollup_getWithdrawalProof", i);
        } catch (JsonRpcError e) {
          return null;
        }
        if (p.get("recipient").asText().equalsIgnoreCase(L1_RECIPIENT.toHex())) {
          return i;
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> goldenFiles_replayThroughTheRealServers() {
    return goldenFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> replay(f)));
  }

  private static void replay(Path file) throws IOException {
    JsonNode golden = JSON.readTree(file.toFile());
    JsonRpcClient target = golden.path("target").asText("sequencer").equals("sequencer")
        ? E2e.l2(devnet) : E2e.verifier(devnet, 1);
    String body = golden.has("rawRequest") ? golden.get("rawRequest").asText()
        : GoldenJson.bind(golden.get("request"), VARS).toString();
    JsonNode actual = target.post(body);
    if (Boolean.getBoolean("golden.record") && golden.get("response").isNull()) {
      ((ObjectNode) golden).set("response", actual);
      JSON.writeValue(sourceOf(file).toFile(), golden);
      return;
    }
    JsonNode expected = GoldenJson.bind(golden.get("response"), VARS);
    List<String> diff = GoldenJson.diff(expected, actual);
    if (!diff.isEmpty()) {
      fail(file.getFileName() + " differs:\n  " + String.join("\n  ", diff) + "\nactual: " + actual);
    }
  }

  /** Every method the sequencer's docs list has at least one golden file. */
  @Test
  void everyDocumentedMethod_hasAGoldenFile() throws IOException {
    Set<String> covered = new TreeSet<>();
    for (Path f : goldenFiles()) {
      JsonNode g = JSON.readTree(f.toFile());
      JsonNode req = g.get("request");
      if (req != null && req.has("method")) {
        covered.add(g.path("target").asText("sequencer") + ":" + req.get("method").asText());
      }
    }
    for (String m : GoldenMethods.SEQUENCER) {
      assertTrue(covered.contains("sequencer:" + m), "no golden file for sequencer " + m);
    }
    for (String m : GoldenMethods.VERIFIER) {
      assertTrue(covered.contains("verifier:" + m), "no golden file for verifier " + m);
    }
  }

  private static List<Path> goldenFiles() {
    try (Stream<Path> s = Files.list(Path.of(GoldenRpcE2eTest.class.getResource("/golden").toURI()))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** target/test-classes/golden/x.json -> src/test/resources/golden/x.json (record mode). */
  private static Path sourceOf(Path compiled) {
    return devnet.options().repoRoot().resolve("devnet/src/test/resources/golden").resolve(compiled.getFileName());
  }
}
