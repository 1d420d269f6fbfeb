package dev.vigil.sequencer.block;

import dev.vigil.node.storage.KvStore;
import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.tx.TxSigner;
import dev.vigil.sequencer.mempool.Admission;
import dev.vigil.sequencer.mempool.AdmittedTx;
import dev.vigil.sequencer.mempool.Screening;
import dev.vigil.sequencer.mempool.Submission;
import dev.vigil.sequencer.queue.QueuedItem;
import dev.vigil.sequencer.storage.ChainStore;
import dev.vigil.sequencer.withdrawal.WithdrawalIndex;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A sequencer core over an in-memory store, for unit tests: block builder, chain state and
 * admission (screening on the calling thread), a clock the test sets, and signing helpers.
 */
public final class TestChain implements AutoCloseable {
  public static final long CHAIN_ID = 42424;
  public static final BigInteger GWEI = BigInteger.TEN.pow(9);
  public static final BigInteger ETHER = BigInteger.TEN.pow(18);
  public static final BigInteger ALICE_KEY = new BigInteger("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 16);
  public static final BigInteger BOB_KEY = new BigInteger("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", 16);
  public static final Address ALICE = TxSigner.address(ALICE_KEY);
  public static final Address BOB = TxSigner.address(BOB_KEY);
  public static final Address FEES = Address.fromHex("0x00000000000000000000000000000000000fee00");
  public static final ChainParams PARAMS = new ChainParams(CHAIN_ID, GWEI, FEES);

  public final KvStore kv;
  public final ChainStore store;
  public final ChainState chain = new ChainState();
  public final WithdrawalIndex withdrawals = new WithdrawalIndex();
  public final AtomicLong clock = new AtomicLong(1_700_000_000L);
  public final BlockBuilder builder;
  public final Admission admission;
  private long queueIndex;

  public TestChain() {
    this(new MemoryKvStore(), BlockLimits.of(512));
  }

  /** A chain over {@code kv}, replaying whatever it already holds. */
  public TestChain(KvStore kv, BlockLimits limits) {
    this.kv = kv;
    this.store = new ChainStore(kv);
    new ChainReplay(PARAMS, chain, withdrawals).replay(store);
    this.builder = new BlockBuilder(store, PARAMS, chain, withdrawals, limits, clock::get);
    this.admission = new Admission(builder::isKnown);
    this.queueIndex = chain.queueNext();
  }

  /** Screens and submits {@code raw}; the future completes when sealed (or at once if refused). */
  public CompletableFuture<Submission> submit(Bytes raw) {
    Screening s = admission.screen(raw);
    if (s instanceof AdmittedTx tx) {
      return builder.submit(tx);
    }
    return CompletableFuture.completedFuture((Submission) s);
  }

  /** Submits {@code raw} and returns the refusal text, failing if it was admitted. */
  public String refusal(Bytes raw) throws Exception {
    Submission s = submit(raw).get(5, TimeUnit.SECONDS);
    if (s instanceof Submission.Refused r) {
      return r.message();
    }
    throw new AssertionError("admitted: " + s);
  }

  /** Queues an ETH deposit of {@code amount} to {@code to}, as the watcher would. */
  public void deposit(Address to, BigInteger amount) {
    builder.enqueue(List.of(new QueuedItem(queueIndex++, new QueueItem.EthDeposit(to, amount), 7)));
  }

  public void enqueue(QueueItem item) {
    builder.enqueue(List.of(new QueuedItem(queueIndex++, item, 7)));
  }

  /** Seals the open block now; the block, or null when it was empty. */
  public L2Block seal() throws Exception {
    return builder.seal().get(5, TimeUnit.SECONDS).orElse(null);
  }

  public static Bytes transfer(BigInteger key, long nonce, Address to, BigInteger value) {
    return TxSigner.signLegacy(key, CHAIN_ID, nonce, GWEI, 21_000, to, value, Bytes.EMPTY);
  }

  public static Bytes transfer1559(BigInteger key, long nonce, Address to, BigInteger value) {
    return TxSigner.signEip1559(key, CHAIN_ID, nonce, BigInteger.ONE, GWEI.multiply(BigInteger.TWO),
        21_000, to, value, Bytes.EMPTY);
  }

  @Override
  public void close() {
    builder.close();
    kv.close();
  }
}
