package dev.vigil.devnet.e2e;

import static dev.vigil.devnet.e2e.E2e.ETHER;
import static dev.vigil.devnet.e2e.E2e.SETTLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.node.l1.BatchRecord;
import dev.vigil.node.l1.L1Tx;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end: batches land on L1, and both verifiers, which read only L1,
 * replay them and agree on every root with what the rollup recorded.
 */
@ExtendWith(SharedDevnet.class)
@Timeout(300)
class BatchVerificationE2eTest {
  private static Devnet devnet;
  private static JsonRpcClient l2;
  private static RollupContract rollup;

  @BeforeAll
  static void setUp(Devnet d) {
    devnet = d;
    l2 = E2e.l2(d);
    rollup = E2e.rollup(d);
  }

  @Test
  void transactions_landInBatchesOnL1_andBothVerifiersAgreeWithEveryRoot() {
    L2Wallet sender = E2e.wallet(devnet, 8);
    long nonce = sender.nonce();
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      hashes.add(sender.send(sender.legacy(nonce + i, E2e.freshAddress(), ETHER, Bytes.EMPTY, 21_000)));
      E2e.sleep(300); // spread them over several L2 blocks and, likely, batches
    }
    long lastTxBlock = E2e.quantity(l2.call("eth_getTransactionReceipt", hashes.get(5)).get("blockNumber"));

    E2e.awaitTrue("the sequencer posts L2 block " + lastTxBlock + " to L1", SETTLE,
        () -> rollup.lastBlock() >= lastTxBlock);
    long batches = rollup.batchCount();
    assertTrue(batches >= 2, "the funding batch and at least one more: " + batches);
    assertSequencerRecordsMatchL1(batches);
    assertBatchCalldataIsOnL1(batches - 1);

    for (int v = 1; v <= 2; v++) {
      JsonRpcClient verifier = E2e.verifier(devnet, v);
      JsonNode status = E2e.await("verifier-" + v + " replays batch " + (batches - 1), SETTLE, () -> {
        JsonNode s = verifier.call("rollup_status");
        return s.get("batchesVerified").asLong() >= batches ? s : null;
      });
      assertTrue(status.get("agree").asBoolean(), "verifier-" + v + " agrees: " + status);
      assertTrue(status.get("disagreement").isNull(), status.toString());
      long verified = status.get("batchesVerified").asLong();
      BatchRecord last = rollup.getBatch(verified - 1);
      assertEquals(last.postStateRoot().toHex(), status.get("stateRoot").asText(), "verifier-" + v);
      assertEquals(last.lastBlock(), status.get("l2Block").asLong(), "verifier-" + v);
    }
  }

  @Test
  void verifiersServeTheStateTheyDerived_equalToTheSequencers() {
    Address to = E2e.freshAddress();
    L2Wallet sender = E2e.wallet(devnet, 8);
    String hash = sender.sendEth(to, ETHER);
    long block = E2e.quantity(sender.receipt(hash).get("blockNumber"));
    E2e.awaitTrue("block " + block + " on L1", SETTLE, () -> rollup.lastBlock() >= block);
    for (int v = 1; v <= 2; v++) {
      JsonRpcClient verifier = E2e.verifier(devnet, v);
      E2e.awaitTrue("verifier-" + v + " at block " + block, SETTLE,
          () -> verifier.call("rollup_status").get("l2Block").asLong() >= block);
      assertEquals(ETHER, E2e.balance(verifier, to));
      assertEquals(E2e.nonce(l2, sender.address(), "latest"),
          E2e.nonce(verifier, sender.address(), "latest"));
      assertEquals(E2e.L2_CHAIN_ID, E2e.quantity(verifier.call("eth_chainId")));
      assertTrue(E2e.quantity(verifier.call("eth_blockNumber")) >= block);
    }
  }

  private static void assertSequencerRecordsMatchL1(long batches) {
    E2e.awaitTrue("the sequencer sees batch " + (batches - 1) + " on L1", SETTLE,
        () -> l2.call("rollup_status").get("batchCount").asLong() >= batches);
    for (long i = 0; i < batches; i++) {
      BatchRecord onL1 = rollup.getBatch(i);
      JsonNode seq = l2.call("rollup_getBatch", i);
      assertEquals(onL1.postStateRoot().toHex(), seq.get("postStateRoot").asText(), "batch " + i);
      assertEquals(onL1.entriesRoot().toHex(), seq.get("entriesRoot").asText(), "batch " + i);
      assertEquals(onL1.rootsRoot().toHex(), seq.get("rootsRoot").asText(), "batch " + i);
      assertEquals(onL1.firstBlock(), seq.get("firstBlock").asLong(), "batch " + i);
      assertEquals(onL1.lastBlock(), seq.get("lastBlock").asLong(), "batch " + i);
      assertEquals(onL1.entryCount(), seq.get("entryCount").asInt(), "batch " + i);
      // The sequencer's own L2 block at the end of the batch has the root L1 recorded.
      JsonNode block = l2.call("eth_getBlockByNumber", "0x" + Long.toHexString(onL1.lastBlock()), false);
      assertEquals(onL1.postStateRoot().toHex(), block.get("stateRoot").asText(), "batch " + i);
    }
  }

  /** The batch is in calldata of an appendBatch transaction, where any verifier can read it. */
  private static void assertBatchCalldataIsOnL1(long index) {
    JsonNode seq = l2.call("rollup_getBatch", index);
    Bytes32 l1Tx = Bytes32.fromHex(seq.get("l1TxHash").asText());
    L1Tx tx = E2e.l1(devnet).getTransaction(l1Tx).orElseThrow();
    assertTrue(RollupContract.decodeAppendBatch(tx.input()).isPresent(), "appendBatch calldata");
    assertEquals(rollup.getBatch(index).entryCount(),
        RollupContract.decodeAppendBatch(tx.input()).get().roots().size());
  }
}
