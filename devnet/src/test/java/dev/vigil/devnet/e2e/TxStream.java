package dev.vigil.devnet.e2e;

import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A client thread that keeps sending ETH transfers from one wallet, nonce after nonce, and
 * records every hash the sequencer answered, in send order, until a send fails (the sequencer
 * was killed) or it is stopped.
 */
final class TxStream implements AutoCloseable {
  private final L2Wallet wallet;
  private final List<String> answered = new CopyOnWriteArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Thread thread;
  private final long firstNonce;
  private volatile boolean stopped;

  TxStream(L2Wallet wallet) {
    this.wallet = wallet;
    this.firstNonce = wallet.nonce();
    this.thread = new Thread(this::run, "tx-stream-" + wallet.address());
    thread.setDaemon(true);
    thread.start();
  }

  private void run() {
    long nonce = firstNonce;
    while (!stopped) {
      Bytes raw = wallet.legacy(nonce, E2e.freshAddress(), BigInteger.valueOf(1000 + nonce),
          Bytes.EMPTY, 21_000);
      try {
        answered.add(wallet.send(raw));
      } catch (RuntimeException e) {
        failure.set(e);
        return;
      }
      nonce++;
    }
  }

  long firstNonce() {
    return firstNonce;
  }

  List<String> answered() {
    return List.copyOf(answered);
  }

  /** Why the stream ended (null if it was stopped). */
  Throwable failure() {
    return failure.get();
  }

  /** Waits (bounded) for the thread to end on its own, e.g. after the sequencer died. */
  void awaitEnd(long millis) throws InterruptedException {
    thread.join(millis);
    if (thread.isAlive()) {
      throw new AssertionError(thread.getName() + " still running after " + millis + " ms");
    }
  }

  @Override
  public void close() throws InterruptedException {
    stopped = true;
    thread.join(30_000);
  }
}
