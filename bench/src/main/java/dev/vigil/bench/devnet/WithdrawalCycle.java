package dev.vigil.bench.devnet;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.bench.load.Sender;
import dev.vigil.bench.report.Metric;
import dev.vigil.bench.rig.Poll;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.rpc.JsonRpcError;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.RollupConfig;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One ETH withdrawal end to end: signed and sent on L2, sealed, posted in a batch, finalized
 * after the challenge window, paid on L1 by {@code Bridge.finalizeWithdrawal} with the
 * sequencer's proof, and the payout checked on the recipient's L1 balance.
 */
final class WithdrawalCycle {
  private static final int USER = 4;
  private static final int L1_SENDER = 6;
  private static final long POLL_MS = 100;
  private static final Duration BOUND = Duration.ofMinutes(3);
  private static final BigInteger AMOUNT = RollupConfig.ETHER.divide(BigInteger.TWO);

  private WithdrawalCycle() {}

  static List<Metric> measure(Devnet devnet) {
    JsonRpcClient l2 = new JsonRpcClient(devnet.l2());
    DevAccount user = DevAccount.of(USER);
    Address recipient = Sender.series(4, 1).get(0).address();
    long nonce = l2.quantity("eth_getTransactionCount", user.address().toHex(), "pending").longValueExact();
    Bytes data = Bytes.concat(Bytes.fromHex("0x25e16063"), Bytes32.of(Bytes.concat(Bytes.wrap(new byte[12]),
        recipient.bytes())).toBytes());
    Bytes raw = TxSigner.signLegacy(user.privateKey(), RollupConfig.DEVNET_CHAIN_ID, nonce, RollupConfig.GWEI,
        60_000, TxClassifier.L2_BRIDGE, AMOUNT, data);
    long t0 = System.nanoTime();
    l2.call("eth_sendRawTransaction", raw.toHex());
    long sealed = System.nanoTime();
    long index = findIndex(l2, recipient);
    long posted = System.nanoTime();
    JsonNode[] proof = new JsonNode[1];
    long finalized = Poll.until(() -> (proof[0] = l2.call("rollup_getWithdrawalProof", index))
        .path("finalized").asBoolean(), POLL_MS, BOUND, "the withdrawal's batch to finalize");
    List<Bytes32> siblings = new ArrayList<>();
    proof[0].path("siblings").forEach(s -> siblings.add(Bytes32.fromHex(s.asText())));
    TxManager payer = new TxManager(devnet.l1().client(), DevAccount.of(L1_SENDER).privateKey(),
        DevnetTimings.FAST_RECEIPTS);
    new BridgeContract(devnet.l1().client(), devnet.deployment().bridge()).finalizeWithdrawal(payer,
        proof[0].path("batchIndex").asLong(), new Withdrawal(index, Withdrawal.ETH, recipient, AMOUNT), siblings);
    long paid = System.nanoTime();
    BigInteger balance = devnet.l1().client().balance(recipient);
    if (!balance.equals(AMOUNT)) {
      throw new IllegalStateException("the withdrawal paid " + balance + " wei instead of " + AMOUNT);
    }
    return List.of(Metric.of("devnet.withdrawal.s", "withdrawal cycle, L2 send -> L1 payout",
        (paid - t0) / 1e9, "s", String.format(Locale.ROOT,
            "window %d s; sealed %.2f s, in a batch on L1 %.1f s, finalized %.1f s, paid %.1f s",
            devnet.options().windowSeconds(), (sealed - t0) / 1e9, (posted - t0) / 1e9,
            (finalized - t0) / 1e9, (paid - t0) / 1e9)));
  }

  /** The index of the withdrawal to {@code recipient}, once it is in a posted batch. */
  private static long findIndex(JsonRpcClient l2, Address recipient) {
    long[] index = {0};
    Poll.until(() -> {
      try {
        JsonNode p = l2.call("rollup_getWithdrawalProof", index[0]);
        if (Address.fromHex(p.path("recipient").asText()).equals(recipient)) {
          return true;
        }
        index[0]++;
        return false;
      } catch (JsonRpcError e) {
        return false;
      }
    }, POLL_MS, BOUND, "the withdrawal to reach a posted batch");
    return index[0];
  }
}
