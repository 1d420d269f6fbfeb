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

/**
 * secp256k1 public-key recovery of a decoded legacy transfer through {@link SenderRecovery}, with
 * the backend the forked JVM was started with ({@code -Dvigil.secp256k1=native} or {@code bc}:
 * {@link MicroBenchmarks} runs it once with each, on one thread and on two).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SenderRecoveryBench {
  private static final int TXS = 64;
  private SignedTx[] txs;
  private int next;

  @Setup(Level.Trial)
  public void sign() {
    requireBackend(System.getProperty("vigil.secp256k1", "auto"), SenderRecovery.backend());
    txs = new SignedTx[TXS];
    for (int i = 0; i < TXS; i++) {
      TxDecoding d = TxDecoder.decode(Fixtures.transfer(Fixtures.key(i), i));
      txs[i] = ((TxDecoding.Ok) d).tx();
    }
  }

  /** A benchmark of the wrong backend would be worse than none. */
  static void requireBackend(String asked, String active) {
    boolean bc = active.startsWith("bouncycastle");
    if (asked.equals("bc") && !bc || asked.equals("native") && bc) {
      throw new IllegalStateException("asked for vigil.secp256k1=" + asked + ", running " + active);
    }
  }

  @Benchmark
  public Optional<Address> recover(CpuCounters cpu) {
    cpu.ops++;
    return SenderRecovery.recover(txs[next++ & (TXS - 1)]);
  }
}
