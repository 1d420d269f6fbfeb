package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.SETTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.node.l1.RollupContract;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * End to end: a sequencer killed with SIGKILL while clients keep sending
 * loses none of the transactions it answered with a hash, keeps their order, and resumes
 * batching after a restart on the same data dir; a verifier killed mid-way resumes from its
 * stored progress instead of replaying from batch 0.
 */
@Order(1)
@Timeout(400)
class CrashRecoveryE2eTest {
  private static Devnet devnet;
  private static RollupContract rollup;

  @BeforeAll
  static void up() {
    devnet = new Devnet(E2e.options("crash"));
    devnet.start();
    rollup = E2e.rollup(devnet);
  }

  @AfterAll
  static void down() {
    if (devnet != null) {
      devnet.close();
    }
  }

  @Test
  void killMinus9_whileSending_keepsEveryAnsweredTxInOrder_andBothNodesResume() throws Exception {
    JsonNode before = awaitVerified(2, 1);
    long verifiedBeforeKill = before.get("batchesVerified").asLong();
    devnet.killVerifier(2);

    TxStream a = new TxStream(E2e.wallet(devnet, 3));
    TxStream b = new TxStream(E2e.wallet(devnet, 4));
    E2e.awaitTrue("both clients got hashes and a batch was posted meanwhile", SETTLE,
        () -> a.answered().size() >= 20 && b.answered().size() >= 20 && rollup.lastBlock() > 1);
    long pid = devnet.sequencer().pid();
    devnet.killSequencer();
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "killed");
    a.awaitEnd(60_000);
    b.awaitEnd(60_000);
    assertNotNull(a.failure(), "the client saw the sequencer die");

    long batchesAtRestart = rollup.batchCount();
    devnet.restartSequencer();
    JsonRpcClient l2 = E2e.l2(devnet);
    assertAllThereInOrder(l2, a);
    assertAllThereInOrder(l2, b);

    L2Wallet after = E2e.wallet(devnet, 3);
    long next = after.nonce();
    assertTrue(next >= a.firstNonce() + a.answered().size(), "nonce continues after the answered txs");
    String hash = after.sendEth(E2e.freshAddress(), java.math.BigInteger.ONE);
    long block = E2e.quantity(after.receipt(hash).get("blockNumber"));
    E2e.awaitTrue("a batch after the restart carries block " + block, SETTLE,
        () -> rollup.lastBlock() >= block);
    assertTrue(rollup.batchCount() > batchesAtRestart, "batching resumed");

    long logOffset = Files.size(devnet.verifier(2).log());
    devnet.restartVerifier(2);
    JsonNode resumed = E2e.verifier(devnet, 2).call("rollup_status");
    assertTrue(resumed.get("batchesVerified").asLong() >= verifiedBeforeKill,
        "verifier-2 starts from its stored progress: " + resumed);
    assertResumedFromStoredProgress(logOffset);

    for (int v = 1; v <= 2; v++) {
      assertAgreesWithL1(v, rollup.batchCount());
    }
  }

  private static void assertAllThereInOrder(JsonRpcClient l2, TxStream s) {
    List<String> hashes = s.answered();
    long prevBlock = -1;
    long prevIndex = -1;
    for (int i = 0; i < hashes.size(); i++) {
      JsonNode r = l2.call("eth_getTransactionReceipt", hashes.get(i));
      assertNotNull(r, "receipt of answered tx " + i + " " + hashes.get(i));
      assertFalse(r.isNull(), "receipt of answered tx " + i + " " + hashes.get(i));
      assertEquals("0x1", r.get("status").asText());
      long blockNumber = E2e.quantity(r.get("blockNumber"));
      long index = E2e.quantity(r.get("transactionIndex"));
      assertTrue(blockNumber > prevBlock || (blockNumber == prevBlock && index > prevIndex),
          "tx " + i + " at " + blockNumber + "/" + index + " after " + prevBlock + "/" + prevIndex);
      JsonNode tx = l2.call("eth_getTransactionByHash", hashes.get(i));
      assertEquals(s.firstNonce() + i, E2e.quantity(tx.get("nonce")), "nonce of tx " + i);
      prevBlock = blockNumber;
      prevIndex = index;
    }
  }

  /** The restarted verifier's log names a stored batch to resume after, not "batch -1". */
  private static void assertResumedFromStoredProgress(long logOffset) throws IOException {
    String log = Files.readString(devnet.verifier(2).log()).substring((int) logOffset);
    String line = log.lines().filter(l -> l.contains("resuming after batch")).findFirst()
        .orElseThrow(() -> new AssertionError("no resume line in the restarted verifier's log"));
    assertFalse(line.contains("resuming after batch -1"), line);
    assertFalse(log.lines().anyMatch(l -> l.contains("batch=0 ")), "batch 0 replayed again");
  }

  private static JsonNode awaitVerified(int v, long batches) {
    JsonRpcClient verifier = E2e.verifier(devnet, v);
    return E2e.await("verifier-" + v + " verified " + batches + " batches", SETTLE, () -> {
      JsonNode s = verifier.call("rollup_status");
      return s.get("batchesVerified").asLong() >= batches ? s : null;
    });
  }

  private static void assertAgreesWithL1(int v, long batches) {
    JsonNode s = awaitVerified(v, batches);
    assertTrue(s.get("agree").asBoolean(), s.toString());
    long verified = s.get("batchesVerified").asLong();
    assertEquals(rollup.getBatch(verified - 1).postStateRoot().toHex(), s.get("stateRoot").asText());
    assertEquals(rollup.getBatch(verified - 1).lastBlock(), s.get("l2Block").asLong());
  }
}
