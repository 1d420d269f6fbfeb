package dev.vigil.bench.micro;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Encoding a 500-entry batch of signed transfers in 5 blocks (spec 5.1), as the batcher does. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BatchCodecBench {
  static final int ENTRIES = 500;
  static final int BLOCKS = 5;
  private Batch batch;

  @Setup(Level.Trial)
  public void build() {
    List<BatchEntry> entries = new ArrayList<>(ENTRIES);
    for (int i = 0; i < ENTRIES; i++) {
      entries.add(new BatchEntry.Tx(Fixtures.transfer(Fixtures.key(i % 50), i / 50)));
    }
    List<BlockSpec> blocks = new ArrayList<>();
    for (int b = 0; b < BLOCKS; b++) {
      blocks.add(new BlockSpec(1_700_000_000L + b, ENTRIES / BLOCKS));
    }
    batch = new Batch(blocks, entries);
  }

  @Benchmark
  public Bytes encode(CpuCounters cpu) {
    cpu.ops++;
    return BatchCodec.encode(batch);
  }
}
