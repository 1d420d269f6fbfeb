package dev.vigil.bench.fraud;

import dev.vigil.bench.load.Sender;
import dev.vigil.bench.load.TxFactory;
import dev.vigil.bench.rig.L2Rig;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.node.anvil.DevAccounts;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;

/**
 * One round of every entry kind a fault can be told about: an L2 ETH transfer, an L2 ETH
 * withdrawal and an L1 deposit, so that the next batch holds each of them.
 */
final class FraudTraffic {
  private static final BigInteger GWEI = RollupConfig.GWEI;

  private final L2Rig rig;
  private final Sender transferrer;
  private final Sender withdrawer;
  private final JsonRpcClient l2;
  private final TxManager depositor;
  private final TxFactory transfers = TxFactory.ethTransfers(L2Rig.L2_CHAIN_ID, GWEI);

  FraudTraffic(L2Rig rig, Sender transferrer, Sender withdrawer) {
    this.rig = rig;
    this.transferrer = transferrer;
    this.withdrawer = withdrawer;
    this.l2 = new JsonRpcClient(rig.l2Url());
    this.depositor = new TxManager(rig.l1(), DevAccounts.key(3));
  }

  void round() {
    l2.call("eth_sendRawTransaction", transfers.sign(transferrer, nonce(transferrer)).toHex());
    Bytes data = Bytes.concat(Bytes.fromHex("0x25e16063"), Bytes32.of(Bytes.concat(Bytes.wrap(new byte[12]),
        withdrawer.address().bytes())).toBytes());
    Bytes withdrawal = TxSigner.signLegacy(withdrawer.key(), L2Rig.L2_CHAIN_ID, nonce(withdrawer), GWEI, 60_000,
        TxClassifier.L2_BRIDGE, GWEI, data);
    l2.call("eth_sendRawTransaction", withdrawal.toHex());
    new BridgeContract(rig.l1(), rig.deployment().bridge()).depositEth(depositor, transferrer.address(), GWEI);
  }

  private long nonce(Sender s) {
    return l2.quantity("eth_getTransactionCount", s.address().toHex(), "pending").longValueExact();
  }
}
