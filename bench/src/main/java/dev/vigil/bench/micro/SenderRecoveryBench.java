package dev.vigil.bench.micro;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** secp256k1 public-key recovery of a decoded legacy transfer (Bouncy Castle), one thread. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SenderRecoveryBench {
  private static final int TXS = 64;
  private SignedTx[] txs;
  private int next;

  @Setup(Level.Trial)
  public void sign() {
    txs = new SignedTx[TXS];
    for (int i = 0; i < TXS; i++) {
      TxDecoding d = TxDecoder.decode(Fixtures.transfer(Fixtures.key(i), i));
      txs[i] = ((TxDecoding.Ok) d).tx();
    }
  }

  @Benchmark
  public Optional<Address> recover() {
    return SenderRecovery.recover(txs[next++ & (TXS - 1)]);
  }
}
