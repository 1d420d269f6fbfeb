package dev.vigil.devnet;

import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until the sequencer's RPC shows the dev accounts' L2 balances that the bridge deposits
 * queued on L1: the proof that the whole deposit path (L1 queue, L1 watcher, L2 block) works.
 */
final class Funding {
  private static final Duration TIMEOUT = Duration.ofSeconds(90);
  /** Two cheap local reads per poll; the first funded account is the bring-up's end mark. */
  private static final long POLL_MS = 20;

  private final JsonRpcClient l2;
  private final Deployment deployment;
  private final DevnetOptions options;
  private long firstFundedNanos;

  Funding(URI l2Rpc, Deployment deployment, DevnetOptions options) {
    this.l2 = new JsonRpcClient(l2Rpc);
    this.deployment = deployment;
    this.options = options;
  }

  /** The funded accounts; throws if they are not all funded within the bound. */
  List<FundedAccount> await() {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    List<FundedAccount> funded = new ArrayList<>();
    for (DevAccount a : DevAccount.users()) {
      funded.add(awaitOne(a, deadline));
    }
    return funded;
  }

  /**
   * The first account once its full L2 funding shows: from then on the L2 JSON-RPC serves
   * funded accounts, while the rest may still be on their way.
   */
  FundedAccount awaitFirst() {
    return awaitOne(DevAccount.users().get(0), System.nanoTime() + TIMEOUT.toNanos());
  }

  /** When the first account showed its full L2 funding (System.nanoTime). */
  long firstFundedNanos() {
    return firstFundedNanos;
  }

  private FundedAccount awaitOne(DevAccount a, long deadline) {
    while (true) {
      BigInteger eth = l2.quantity("eth_getBalance", a.address().toHex(), "latest");
      BigInteger token = l2.quantity("rollup_getTokenBalance", deployment.token().toHex(),
          a.address().toHex());
      if (eth.compareTo(options.ethPerAccount()) >= 0
          && token.compareTo(options.tokensPerAccount()) >= 0) {
        if (firstFundedNanos == 0) {
          firstFundedNanos = System.nanoTime();
        }
        return new FundedAccount(a, eth, token);
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("account " + a.index() + " " + a.address()
            + " not funded on L2 within " + TIMEOUT.toSeconds() + " s: ETH " + eth + ", token "
            + token + " (see the sequencer log)");
      }
      sleep();
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for L2 funding", e);
    }
  }
}
