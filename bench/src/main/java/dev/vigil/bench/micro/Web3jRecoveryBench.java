package dev.vigil.bench.micro;

import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
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
import org.web3j.crypto.ECDSASignature;
import org.web3j.crypto.Sign;

/**
 * The same public-key recovery through web3j's {@code Sign} (also Bouncy Castle), the usual
 * reference figure: a reference for {@link SenderRecoveryBench} on the same machine and run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Web3jRecoveryBench {
  private static final int TXS = 64;
  private SignedTx[] txs;
  private int next;

  @Setup(Level.Trial)
  public void sign() {
    txs = new SignedTx[TXS];
    for (int i = 0; i < TXS; i++) {
      txs[i] = ((TxDecoding.Ok) TxDecoder.decode(Fixtures.transfer(Fixtures.key(i), i))).tx();
    }
  }

  @Benchmark
  public BigInteger recover(CpuCounters cpu) {
    cpu.ops++;
    SignedTx tx = txs[next++ & (TXS - 1)];
    return Sign.recoverFromSignature(tx.yParity(), new ECDSASignature(tx.r(), tx.s()),
        tx.signingHash().toArray());
  }
}
