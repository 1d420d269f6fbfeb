package dev.vigil.bench.micro;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.tx.SenderRecovery;
import java.math.BigInteger;
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
 * Signing a legacy transfer with {@code TxSigner} (the bench's pre-signing, the devnet's
 * wallets), with the backend the forked JVM was started with ({@code -Dvigil.secp256k1=native}
 * or {@code bc}: {@link MicroBenchmarks} runs it once with each). Each operation signs a new
 * nonce, so no two signatures are the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TxSignerBench {
  private static final int KEYS = 64;
  private BigInteger[] keys;
  private long nonce;

  @Setup(Level.Trial)
  public void keys() {
    SenderRecoveryBench.requireBackend(System.getProperty("vigil.secp256k1", "auto"), SenderRecovery.backend());
    keys = new BigInteger[KEYS];
    for (int i = 0; i < KEYS; i++) {
      keys[i] = Fixtures.key(i);
    }
  }

  @Benchmark
  public Bytes signLegacy(CpuCounters cpu) {
    cpu.ops++;
    long n = nonce++;
    return Fixtures.transfer(keys[(int) n & (KEYS - 1)], n);
  }
}
