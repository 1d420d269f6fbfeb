package dev.vigil.node.l1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Rollup binding against the real contract on a real Anvil. */
class RollupContractTest {
  static final BigInteger ETHER = RollupConfig.ETHER;
  static final Bytes TX = Bytes.fromHex("0xdeadbeef01");
  static final Bytes32 ROOT = Bytes32.fromLong(0x1234);

  @TempDir
  static Path logs;
  static L1Fixture f;
  RollupDeployment d;
  RollupContract rollup;

  @BeforeAll
  static void start() throws Exception {
    f = L1Fixture.start(logs);
  }

  @AfterAll
  static void stop() {
    if (f != null) {
      f.close();
    }
  }

  @BeforeEach
  void deploy() {
    d = f.deploy();
    rollup = d.rollupContract(f.l1);
  }

  @Test
  void deploymentReadsBackTheDevnetDefaults() {
    Address seq = f.anvil.devAddress(0);
    assertEquals(RollupConfig.devnet(seq), d.config());
    assertEquals(new RollupConfig(42424, BigInteger.TEN.pow(9), seq, 20, 60, ETHER, seq, 300), d.config());
    assertEquals(42424, rollup.l2ChainId());
    assertEquals(seq, rollup.sequencer());
    assertEquals(d.bridge(), rollup.bridge());
    assertNotEquals(Address.ZERO, d.bridge());
    assertEquals(d.rollup(), d.bridgeContract(f.l1).rollup());
    assertTrue(d.deployBlock() > 0 && d.deployBlock() <= f.l1.blockNumber());
    assertEquals(0, rollup.batchCount());
    assertEquals(0, rollup.queueConsumed());
    assertEquals(Bytes32.ZERO, rollup.lastPostStateRoot());
    assertEquals(RollupDeployment.read(f.l1, d.rollup(), d.deployBlock()), d);
  }

  @Test
  void appendBatchIsRecordedEmittedAndItsCalldataDecodes() throws Exception {
    rollup.bond(f.sequencer, ETHER);
    assertEquals(ETHER, rollup.bondOf(f.sequencer.address()));
    long ts = f.l1.latestTimestamp();
    Bytes batch = L1Fixture.batch(ts, TX);
    L1Receipt receipt = rollup.appendBatch(f.sequencer, batch, List.of(ROOT));

    List<RollupEvent> events = rollup.events(receipt.blockNumber(), receipt.blockNumber());
    assertEquals(1, events.size());
    RollupEvent.BatchAppended e = (RollupEvent.BatchAppended) events.get(0);
    assertEquals(new RollupEvent.BatchAppended(0, f.sequencer.address(), L1Fixture.txLeaf(TX), ROOT, ROOT,
        0, 0, 1, 1, e.at()), e);
    assertEquals(receipt.txHash(), e.at().txHash());

    BatchRecord record = rollup.getBatch(0);
    assertEquals(new BatchRecord(L1Fixture.txLeaf(TX), ROOT, ROOT, 0, 0, 1, 1, f.sequencer.address(),
        f.l1.blockTimestamp(receipt.blockNumber()), ts, 1), record);
    assertEquals(1, rollup.batchCount());
    assertEquals(ROOT, rollup.lastPostStateRoot());
    assertEquals(1, rollup.lastBlock());

    Bytes input = f.l1.getTransactionInput(e.at().txHash()).orElseThrow();
    assertEquals(RollupContract.APPEND_BATCH_SELECTOR, input.slice(0, 4));
    assertEquals(Optional.of(new AppendBatchCall(batch, List.of(ROOT))), RollupContract.decodeAppendBatch(input));
    assertEquals(Optional.of(new AppendBatchCall(batch, List.of(ROOT))), rollup.appendBatchCall(e));
    RollupEvent.BatchAppended elsewhere = new RollupEvent.BatchAppended(0, f.anvil.devAddress(1),
        e.entriesRoot(), e.rootsRoot(), e.postStateRoot(), 0, 0, 1, 1, e.at());
    assertEquals(Optional.empty(), rollup.appendBatchCall(elsewhere), "another poster's event");

    assertFalse(rollup.isFinalized(0));
    f.anvil.evmIncreaseTime(20);
    f.anvil.mine();
    assertTrue(rollup.isFinalized(0));
    assertFalse(rollup.isFinalized(1));
  }

  @Test
  void appendBatchRevertsAreDecodedWithTheirArguments() throws Exception {
    long ts = f.l1.latestTimestamp();
    L1Reverted unbonded = assertThrows(L1Reverted.class,
        () -> rollup.appendBatch(f.sequencer, L1Fixture.batch(ts, TX), List.of(ROOT)));
    assertEquals("InsufficientBond", unbonded.error());
    assertEquals(List.of("0", ETHER.toString()), unbonded.args());

    rollup.bond(f.sequencer, ETHER);
    Bytes badVersion = Bytes.concat(Bytes.of((byte) 1), L1Fixture.batch(ts, TX).slice(1));
    L1Reverted bad = assertThrows(L1Reverted.class,
        () -> rollup.appendBatch(f.sequencer, badVersion, List.of(ROOT)));
    assertEquals("BadBatch", bad.error());
    assertEquals(1, bad.args().size(), "the reason code is decoded: " + bad.args());

    TxManager other = f.sender(1);
    rollup.bond(other, ETHER);
    L1Reverted notSequencer = assertThrows(L1Reverted.class,
        () -> rollup.appendBatch(other, L1Fixture.batch(ts, TX), List.of(ROOT)));
    assertEquals("NotSequencer", notSequencer.error());

    L1Reverted unknown = assertThrows(L1Reverted.class, () -> rollup.getBatch(0));
    assertEquals("UnknownBatch", unknown.error());
    assertEquals(List.of("0"), unknown.args());
  }

  @Test
  void appendBatchCalldataDecodingRefusesOtherInputs() {
    Bytes good = RollupContract.encodeAppendBatch(Bytes.fromHex("0x01"), List.of(ROOT, Bytes32.ZERO));
    assertEquals(Optional.of(new AppendBatchCall(Bytes.fromHex("0x01"), List.of(ROOT, Bytes32.ZERO))),
        RollupContract.decodeAppendBatch(good));
    assertEquals(Optional.empty(), RollupContract.decodeAppendBatch(Bytes.EMPTY));
    assertEquals(Optional.empty(), RollupContract.decodeAppendBatch(good.slice(0, 40)));
    Bytes otherSelector = Bytes.concat(Bytes.fromHex("0xa4a89256"), good.slice(4));
    assertEquals(Optional.empty(), RollupContract.decodeAppendBatch(otherSelector));
  }

  @Test
  void everyErrorOfTheArtifactsIsKnownToTheDecoder() {
    RevertDecoder vigil = RevertDecoder.vigil();
    for (String contract : List.of("Rollup", "Bridge", "DevToken")) {
      for (String error : ForgeArtifact.load(f.out, contract).errors()) {
        assertTrue(vigil.knows(error), contract + " error " + error + " is missing from the bindings");
      }
    }
  }
}
