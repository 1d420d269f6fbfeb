package dev.vigil.bench.micro;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** keccak256 of 100 bytes through the protocol's Keccak (the unit of every tree and tx hash). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class KeccakBench {
  private final byte[] data = new byte[100];

  @Benchmark
  public Bytes32 hash100(CpuCounters cpu) {
    cpu.ops++;
    return Keccak.hash(data);
  }
}
