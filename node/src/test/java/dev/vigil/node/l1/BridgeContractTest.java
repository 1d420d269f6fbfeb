package dev.vigil.node.l1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bridge and ERC-20 bindings against the real contracts on a real Anvil. */
class BridgeContractTest {
  static final BigInteger ETHER = RollupConfig.ETHER;
  static final Address L2_USER = Address.fromHex("0x00000000000000000000000000000000000a11ce");

  @TempDir
  static Path logs;
  static L1Fixture f;
  RollupDeployment d;
  BridgeContract bridge;

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
    bridge = d.bridgeContract(f.l1);
  }

  static BridgeEvent.QueueItemAdded onlyQueueItem(L1Receipt receipt, Address bridge) {
    List<L1Log> logs = receipt.logsOf(bridge);
    assertEquals(1, logs.size());
    return (BridgeEvent.QueueItemAdded) BridgeContract.decodeEvent(logs.get(0)).orElseThrow();
  }

  @Test
  void depositEthQueuesAnItemAndEmitsIt() {
    TxManager user = f.sender(2);
    BigInteger amount = ETHER.divide(BigInteger.TEN);
    L1Receipt receipt = bridge.depositEth(user, L2_USER, amount);

    BridgeEvent.QueueItemAdded added = onlyQueueItem(receipt, d.bridge());
    assertEquals(0, added.index());
    assertEquals(f.l1.blockTimestamp(receipt.blockNumber()), added.timestamp());
    assertEquals(new QueueItem.EthDeposit(L2_USER, amount), added.queueItem());
    assertEquals(Bytes.concat(Bytes.of((byte) 0), L2_USER.bytes(), Bytes32.fromBigInteger(amount).toBytes()),
        added.item());
    assertEquals(1, bridge.queueLength());
    assertEquals(Keccak.hash(added.item()), bridge.queueHash(0));
    assertEquals(added.timestamp(), bridge.queueTime(0));
    assertEquals(amount, f.l1.balance(d.bridge()));
    assertEquals(List.of(added), bridge.queueItemsAdded(d.deployBlock(), receipt.blockNumber()));
    assertEquals(List.of(added), bridge.events(d.deployBlock(), receipt.blockNumber()));
  }

  @Test
  void zeroDepositRevertsWithItsName() {
    L1Reverted e = assertThrows(L1Reverted.class, () -> bridge.depositEth(f.sender(2), L2_USER, BigInteger.ZERO));
    assertEquals("ZeroAmount", e.error());
    L1Reverted unknown = assertThrows(L1Reverted.class, () -> bridge.queueHash(5));
    assertEquals("UnknownQueueItem", unknown.error());
    assertEquals(List.of("5"), unknown.args());
  }

  @Test
  void devTokenMintApproveAndDepositToken() {
    TxManager user = f.sender(3);
    Address token = new ContractDeployer(user).deployDevToken(f.out, "Dev Token", "DEV");
    Erc20 erc20 = new Erc20(f.l1, token);
    erc20.mint(user, user.address(), BigInteger.valueOf(1000));
    assertEquals(BigInteger.valueOf(1000), erc20.balanceOf(user.address()));
    assertEquals(BigInteger.valueOf(1000), erc20.totalSupply());
    erc20.approve(user, d.bridge(), BigInteger.valueOf(600));
    assertEquals(BigInteger.valueOf(600), erc20.allowance(user.address(), d.bridge()));

    L1Receipt receipt = bridge.depositToken(user, token, L2_USER, BigInteger.valueOf(600));
    BridgeEvent.QueueItemAdded added = onlyQueueItem(receipt, d.bridge());
    assertEquals(new QueueItem.TokenDeposit(token, L2_USER, BigInteger.valueOf(600)), added.queueItem());
    assertEquals(BigInteger.valueOf(600), erc20.balanceOf(d.bridge()));
    assertEquals(BigInteger.valueOf(400), erc20.balanceOf(user.address()));

    L1Reverted over = assertThrows(L1Reverted.class,
        () -> bridge.depositToken(user, token, L2_USER, BigInteger.valueOf(1)));
    assertEquals("TransferFailed", over.error(), "the bridge wraps the token's own error");
    L1Reverted poor = assertThrows(L1Reverted.class,
        () -> erc20.transfer(user, L2_USER, BigInteger.valueOf(401)));
    assertEquals("InsufficientBalance", poor.error());
    assertEquals(List.of(user.address().toHex(), "400", "401"), poor.args());
  }

  @Test
  void forceTransactionQueuesTheRawBytes() {
    Bytes tx = Bytes.fromHex("0x02f86c");
    BridgeEvent.QueueItemAdded added = onlyQueueItem(bridge.forceTransaction(f.sender(4), tx), d.bridge());
    assertEquals(new QueueItem.ForcedTx(tx), added.queueItem());
    L1Reverted empty = assertThrows(L1Reverted.class, () -> bridge.forceTransaction(f.sender(4), Bytes.EMPTY));
    assertEquals("BadTransactionLength", empty.error());
  }

  @Test
  void finalizedWithdrawalIsPaidOnceAndEmitted() throws Exception {
    RollupContract rollup = d.rollupContract(f.l1);
    bridge.depositEth(f.sender(2), L2_USER, ETHER);
    Address recipient = Address.fromHex("0x00000000000000000000000000000000000b0b00");
    Withdrawal w = new Withdrawal(0, Withdrawal.ETH, recipient, ETHER.divide(BigInteger.valueOf(4)));
    // A state holding only the withdrawal leaf: its root is the leaf hash, its proof is empty.
    Bytes32 root = Keccak.hash(new byte[] {0}, w.leafKey().unsafeArray(), w.leafValue().unsafeArray());
    rollup.bond(f.sequencer, ETHER);
    rollup.appendBatch(f.sequencer, L1Fixture.batch(f.l1.latestTimestamp(), Bytes.EMPTY), List.of(root));
    assertEquals(1, rollup.queueConsumed());
    assertEquals(L1Fixture.queueLeaf(0), rollup.getBatch(0).entriesRoot());

    L1Reverted early = assertThrows(L1Reverted.class, () -> bridge.finalizeWithdrawal(f.sequencer, 0, w, List.of()));
    assertEquals("BatchNotFinalized", early.error());
    f.anvil.evmIncreaseTime(20);
    f.anvil.mine();

    L1Receipt paid = bridge.finalizeWithdrawal(f.sequencer, 0, w, List.of());
    BridgeEvent event = BridgeContract.decodeEvent(paid.logsOf(d.bridge()).get(0)).orElseThrow();
    assertEquals(new BridgeEvent.WithdrawalFinalized(0, recipient, Withdrawal.ETH, w.amount(), event.at()), event);
    assertEquals(w.amount(), f.l1.balance(recipient));
    assertTrue(bridge.isWithdrawalFinalized(0));
    assertFalse(bridge.isWithdrawalFinalized(1));

    L1Reverted twice = assertThrows(L1Reverted.class, () -> bridge.finalizeWithdrawal(f.sequencer, 0, w, List.of()));
    assertEquals("AlreadyFinalized", twice.error());
    Withdrawal forged = new Withdrawal(1, Withdrawal.ETH, recipient, w.amount());
    L1Reverted bad = assertThrows(L1Reverted.class, () -> bridge.finalizeWithdrawal(f.sequencer, 0, forged, List.of()));
    assertEquals("InvalidProof", bad.error());
  }
}
