package dev.vigil.verifier;

import static dev.vigil.verifier.TestChain.ALICE;
import static dev.vigil.verifier.TestChain.ETHER;
import static dev.vigil.verifier.TestChain.deposit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.node.l1.RollupEvent;
import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.verifier.derive.L1InconsistencyException;
import dev.vigil.verifier.replay.SenderPool;
import dev.vigil.verifier.storage.VerifierStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class DerivationLoopTest {
  private final FakeL1 l1 = new FakeL1();
  private final MemoryKvStore kv = new MemoryKvStore();
  private final SenderPool senders = new SenderPool(1);
  private final List<RuntimeException> fatal = new CopyOnWriteArrayList<>();
  private final Verifier verifier = new Verifier(l1, VerifierStore.open(kv, FakeL1.ROLLUP),
      FakeL1.PARAMS, senders, Verifier.DEFAULT_LOG_RANGE, f -> { });
  private final DerivationLoop loop = new DerivationLoop(verifier, "fake", 5, fatal::add);

  @AfterEach
  void close() {
    loop.close();
    senders.close();
    kv.close();
  }

  private static void await(BooleanSupplier done) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!done.getAsBoolean()) {
      assertTrue(System.nanoTime() < deadline, "condition not reached in time");
      Thread.sleep(10);
    }
  }

  private void postDeposit(UnaryOperator<RollupEvent.BatchAppended> tamper) {
    QueueItem item = deposit(ALICE, ETHER);
    long q = l1.deposit(item);
    List<BatchEntry> entries = List.of(new BatchEntry.QueueRef(q));
    List<Bytes32> roots = TestChain.honestRoots(StateTree.empty(), entries, Map.of(q, item));
    l1.append(FakeL1.batch(entries), roots, tamper);
  }

  @Test
  void deadL1_isRetried_andFollowedOnceItIsBack() throws InterruptedException {
    l1.setDown(true);
    loop.start();
    Thread.sleep(100);
    postDeposit(log -> log);

    l1.setDown(false);
    await(() -> verifier.view().batchesVerified() == 1);

    assertTrue(fatal.isEmpty());
  }

  @Test
  void inconsistentL1_isFatal_once() throws InterruptedException {
    postDeposit(log -> new RollupEvent.BatchAppended(log.batchIndex(), log.poster(),
        log.entriesRoot(), log.rootsRoot(), Bytes32.fromLong(7), log.queueStart(), log.queueEnd(),
        log.firstBlock(), log.lastBlock(), log.at()));

    loop.start();
    await(() -> !fatal.isEmpty());
    Thread.sleep(100);

    assertEquals(1, fatal.size(), "derivation stops after a fatal error");
    assertInstanceOf(L1InconsistencyException.class, fatal.get(0));
    assertEquals(0, verifier.view().batchesVerified());
  }
}
