package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.RawTransaction;
import org.web3j.crypto.TransactionEncoder;

/**
 * The one sender of L1 transactions for a key: every L1 writer (batcher,
 * challenger, deployer, bridge calls) goes through it. It tracks the nonce
 * locally (read from L1's pending count at start and after errors), signs
 * EIP-1559 transactions, estimates gas, waits for the receipt, resends with
 * bumped fees when none comes, retries transport errors, and turns a revert
 * into an {@link L1Reverted} with the error decoded. Sends are serialized.
 */
public final class TxManager {
  /** EIP-7825: the most gas one transaction may use on the devnet's fork. */
  public static final long MAX_TX_GAS = 16_777_216L;

  private static final System.Logger LOG = System.getLogger(TxManager.class.getName());

  private final L1Client l1;
  private final Credentials key;
  private final Address address;
  private final TxManagerConfig config;
  private Long chainId;
  private Long nextNonce;

  public TxManager(L1Client l1, BigInteger privateKey, TxManagerConfig config) {
    this.l1 = l1;
    this.key = Credentials.create(ECKeyPair.create(privateKey));
    this.address = Address.fromHex(key.getAddress());
    this.config = config;
  }

  public TxManager(L1Client l1, BigInteger privateKey) {
    this(l1, privateKey, TxManagerConfig.defaults());
  }

  public Address address() {
    return address;
  }

  public L1Client l1() {
    return l1;
  }

  /**
   * Sends {@code request} and returns its successful receipt. Throws
   * {@link L1Reverted} if the gas estimate or the mined transaction reverts,
   * {@link L1Exception} if it cannot be sent or mined.
   */
  public synchronized L1Receipt send(TxRequest request) {
    long chain = chainId();
    long gas = request.gasLimit().isPresent() ? request.gasLimit().getAsLong() : estimate(request);
    Fees fees = retrying("fees", this::marketFees);
    long nonce = nonce();
    List<Bytes32> sent = new ArrayList<>();
    for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
      Bytes raw = sign(chain, nonce, gas, fees, request);
      Optional<Bytes32> hash = broadcast(raw, sent);
      if (hash.isEmpty()) {
        nonce = resyncAfterNonceTooLow(sent, nonce);
        if (nonce < 0) {
          return finish(request, awaitAny(sent).orElseThrow());
        }
        continue;
      }
      if (!sent.contains(hash.get())) {
        sent.add(hash.get());
      }
      Optional<L1Receipt> receipt = awaitAny(sent);
      if (receipt.isPresent()) {
        nextNonce = nonce + 1;
        return finish(request, receipt.get());
      }
      fees = fees.bump(config.feeBumpPercent(), retrying("fees", this::marketFees));
      LOG.log(System.Logger.Level.INFO, "no receipt for nonce {0} of {1} after attempt {2}; "
          + "resending with max fee {3}", nonce, address, attempt, fees.maxFeePerGas());
    }
    nextNonce = null;
    throw L1Exception.other("eth_sendRawTransaction", l1.url(), "no receipt for nonce " + nonce
        + " of " + address + " after " + config.maxAttempts() + " attempts (sent " + sent + ")", null);
  }

  /**
   * After "nonce too low": if one of our sends for this nonce was mined, -1;
   * otherwise another sender used the key, and the fresh pending nonce.
   */
  private long resyncAfterNonceTooLow(List<Bytes32> sent, long nonce) {
    if (!sent.isEmpty() && anyReceipt(sent).isPresent()) {
      nextNonce = nonce + 1;
      return -1;
    }
    nextNonce = null;
    long fresh = nonce();
    LOG.log(System.Logger.Level.INFO, "nonce {0} of {1} was too low; resynced to {2}", nonce, address, fresh);
    return fresh;
  }

  private L1Receipt finish(TxRequest request, L1Receipt receipt) {
    if (receipt.success()) {
      return receipt;
    }
    Revert revert = replay(request, receipt);
    throw new L1Reverted("eth_sendRawTransaction", l1.url(), revert, receipt.txHash());
  }

  /** The revert data of a mined failure, by calling it again on the parent block's state. */
  private Revert replay(TxRequest request, L1Receipt receipt) {
    if (request.to().isEmpty()) {
      return l1.reverts().decode(Bytes.EMPTY);
    }
    try {
      l1.ethCall(address, request.to().get(), request.value(), request.data(), receipt.blockNumber() - 1);
      return l1.reverts().decode(Bytes.EMPTY);
    } catch (L1Reverted r) {
      return r.revert();
    } catch (L1Exception e) {
      LOG.log(System.Logger.Level.WARNING, "cannot replay reverted " + receipt.txHash(), e);
      return l1.reverts().decode(Bytes.EMPTY);
    }
  }

  /** The hash of the broadcast; empty when L1 says the nonce is too low. */
  private Optional<Bytes32> broadcast(Bytes raw, List<Bytes32> sent) {
    Bytes32 hash = Keccak.hash(raw);
    for (int i = 0; ; i++) {
      try {
        return Optional.of(l1.sendRaw(raw));
      } catch (L1Exception e) {
        String msg = e.rpcMessageLower();
        if (msg.contains("already known") || msg.contains("known transaction")) {
          return Optional.of(hash);
        }
        if (msg.contains("nonce too low")) {
          return Optional.empty();
        }
        if (msg.contains("underpriced")) {
          // Our previous send for this nonce is still pending at a higher price: wait for it.
          return Optional.of(sent.isEmpty() ? hash : sent.get(sent.size() - 1));
        }
        if (!e.isTransport() || i >= config.transientRetries()) {
          nextNonce = null;
          throw e;
        }
        pause(e);
      }
    }
  }

  private Optional<L1Receipt> awaitAny(List<Bytes32> hashes) {
    long deadline = System.nanoTime() + config.receiptTimeout().toNanos();
    while (true) {
      try {
        Optional<L1Receipt> r = anyReceipt(hashes);
        if (r.isPresent()) {
          return r;
        }
      } catch (L1Exception e) {
        if (!e.isTransport()) {
          throw e;
        }
      }
      if (System.nanoTime() >= deadline) {
        return Optional.empty();
      }
      sleep(config.pollInterval().toMillis());
    }
  }

  private Optional<L1Receipt> anyReceipt(List<Bytes32> hashes) {
    for (Bytes32 h : hashes) {
      Optional<L1Receipt> r = l1.getReceipt(h);
      if (r.isPresent()) {
        return r;
      }
    }
    return Optional.empty();
  }

  private Bytes sign(long chain, long nonce, long gas, Fees fees, TxRequest request) {
    RawTransaction tx = RawTransaction.createTransaction(chain, BigInteger.valueOf(nonce),
        BigInteger.valueOf(gas), request.to().map(Address::toHex).orElse(""), request.value(),
        request.data().toHex(), fees.maxPriorityFeePerGas(), fees.maxFeePerGas());
    return Bytes.wrap(TransactionEncoder.signMessage(tx, chain, key));
  }

  private long estimate(TxRequest request) {
    long estimate = retrying("gas estimate",
        () -> l1.estimateGas(address, request.to(), request.value(), request.data()));
    long withMargin = Math.max(21_000L, estimate + estimate * config.gasMarginPercent() / 100);
    return estimate <= MAX_TX_GAS ? Math.min(withMargin, MAX_TX_GAS) : estimate;
  }

  private Fees marketFees() {
    return Fees.market(l1.gasPrice(), l1.maxPriorityFeePerGas());
  }

  private long chainId() {
    if (chainId == null) {
      chainId = retrying("chain id", l1::chainId);
    }
    return chainId;
  }

  private long nonce() {
    if (nextNonce == null) {
      nextNonce = retrying("nonce", () -> l1.pendingNonce(address));
    }
    return nextNonce;
  }

  /** Runs an L1 read, retrying transport failures only. */
  private <T> T retrying(String what, Supplier<T> read) {
    for (int i = 0; ; i++) {
      try {
        return read.get();
      } catch (L1Exception e) {
        if (!e.isTransport() || i >= config.transientRetries()) {
          throw e;
        }
        pause(e);
      }
    }
  }

  private void pause(L1Exception cause) {
    LOG.log(System.Logger.Level.INFO, "L1 unreachable, retrying: {0}", cause.getMessage());
    sleep(config.retryBackoff().toMillis());
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw L1Exception.other("send", l1.url(), "interrupted while sending from " + address, e);
    }
  }
}
