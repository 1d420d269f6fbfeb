package dev.vigil.bench.devnet;

import dev.vigil.bench.load.Sender;
import dev.vigil.bench.report.Metric;
import dev.vigil.bench.rig.Poll;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.node.l1.BridgeContract;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * ETH deposits on the bridge to fresh L2 addresses, one at a time: from the L1 receipt to the
 * sequencer showing the credit ({@code eth_getBalance}, polled every 50 ms).
 */
final class DepositLatency {
  private static final long POLL_MS = 50;
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static final int DEPOSITOR = 5;

  private DepositLatency() {}

  static List<Metric> measure(Devnet devnet, int repeats) {
    TxManager user = new TxManager(devnet.l1().client(), DevAccount.of(DEPOSITOR).privateKey(),
        DevnetTimings.FAST_RECEIPTS);
    BridgeContract bridge = new BridgeContract(devnet.l1().client(), devnet.deployment().bridge());
    JsonRpcClient l2 = new JsonRpcClient(devnet.l2());
    List<Sender> fresh = Sender.series(3, repeats);
    double[] fromReceipt = new double[repeats];
    double[] fromSend = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      Address to = fresh.get(i).address();
      BigInteger amount = BigInteger.TEN.pow(16).add(BigInteger.valueOf(i));
      long sent = System.nanoTime();
      bridge.depositEth(user, to, amount);
      long receipt = System.nanoTime();
      long credited = Poll.until(() -> l2.quantity("eth_getBalance", to.toHex(), "latest").compareTo(amount) >= 0,
          POLL_MS, BOUND, "the L2 credit of a deposit");
      fromReceipt[i] = (credited - receipt) / 1e9;
      fromSend[i] = (credited - sent) / 1e9;
    }
    Arrays.sort(fromReceipt);
    Arrays.sort(fromSend);
    return List.of(Metric.of("devnet.deposit.p50.s", "deposit: L1 receipt -> L2 credit (median)",
        fromReceipt[repeats / 2], "s", String.format(Locale.ROOT,
            "%d deposits, max %.2f s; from sending on L1 (1 s L1 blocks): median %.2f s", repeats,
            fromReceipt[repeats - 1], fromSend[repeats / 2])));
  }
}
