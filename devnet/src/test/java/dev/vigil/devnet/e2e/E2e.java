package dev.vigil.devnet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.devnet.Devnet;
import dev.vigil.devnet.DevnetOptions;
import dev.vigil.devnet.account.DevAccount;
import dev.vigil.devnet.rpc.JsonRpcClient;
import dev.vigil.devnet.tools.RepoRoot;
import dev.vigil.node.l1.L1Client;
import dev.vigil.node.l1.RollupContract;
import dev.vigil.node.l1.TxManager;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.function.Supplier;

/** Shared helpers of the end-to-end tests: devnet options, polling, clients, fresh addresses. */
final class E2e {
  static final BigInteger ETHER = DevnetOptions.ETHER;
  static final BigInteger GWEI = BigInteger.TEN.pow(9);
  static final long L2_CHAIN_ID = 42424;
  /**
   * Long enough that "finalize before the window" cannot pass by accident on a slow machine;
   * the tests never wait it out, they move Anvil's clock past it.
   */
  static final long WINDOW_S = 20;
  static final Duration SETTLE = Duration.ofSeconds(60);
  private static final SecureRandom RANDOM = new SecureRandom();

  private E2e() {}

  /** A devnet for tests: Anvil on a free port, mining on every transaction, free RPC ports. */
  static DevnetOptions options(String name) {
    Path repo = RepoRoot.find();
    Path dir = repo.resolve("devnet/target/e2e").resolve(name + "-" + System.currentTimeMillis());
    return DevnetOptions.forTests(repo, dir, WINDOW_S);
  }

  static JsonRpcClient l2(Devnet d) {
    return new JsonRpcClient(d.l2());
  }

  static JsonRpcClient verifier(Devnet d, int n) {
    return new JsonRpcClient(d.verifier(n).rpcUrl());
  }

  static L2Wallet wallet(Devnet d, int account) {
    return new L2Wallet(l2(d), DevAccount.of(account).privateKey(), L2_CHAIN_ID);
  }

  static TxManager l1Sender(Devnet d, int account) {
    return new TxManager(d.l1().client(), DevAccount.of(account).privateKey());
  }

  static L1Client l1(Devnet d) {
    return d.l1().client();
  }

  static RollupContract rollup(Devnet d) {
    return new RollupContract(l1(d), d.deployment().rollup());
  }

  /** An address nobody holds a key of: its balances move only by what the test does. */
  static Address freshAddress() {
    byte[] b = new byte[20];
    RANDOM.nextBytes(b);
    return new Address(Bytes.wrap(b));
  }

  static BigInteger balance(JsonRpcClient rpc, Address a) {
    return rpc.quantity("eth_getBalance", a.toHex(), "latest");
  }

  static BigInteger tokenBalance(JsonRpcClient rpc, Address token, Address owner) {
    return rpc.quantity("rollup_getTokenBalance", token.toHex(), owner.toHex());
  }

  static long nonce(JsonRpcClient rpc, Address a, String tag) {
    return rpc.quantity("eth_getTransactionCount", a.toHex(), tag).longValueExact();
  }

  static long quantity(JsonNode n) {
    return JsonRpcClient.parseQuantity(n.asText()).longValueExact();
  }

  static URI url(JsonRpcClient c) {
    return c.url();
  }

  /** Polls {@code probe} until it returns non-null, or fails naming {@code what}. */
  static <T> T await(String what, Duration timeout, Supplier<T> probe) {
    long deadline = System.nanoTime() + timeout.toNanos();
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      try {
        T v = probe.get();
        if (v != null) {
          return v;
        }
      } catch (RuntimeException e) {
        last = e;
      }
      sleep(100);
    }
    throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what
        + (last != null ? " (last error: " + last.getMessage() + ")" : ""), last);
  }

  static void awaitTrue(String what, Duration timeout, Supplier<Boolean> probe) {
    await(what, timeout, () -> Boolean.TRUE.equals(probe.get()) ? Boolean.TRUE : null);
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
