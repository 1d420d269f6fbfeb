package dev.vigil.bench.micro;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One leaf write plus the new root on a tree of {@code leaves} leaves: the state work of one
 * entry access. The tree is persistent, so every invocation updates the same base tree (its
 * depth stays that of {@code leaves} random keys) and the result is dropped.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StateTreeBench {
  private static final int KEYS = 4096;

  @Param({"10000", "1000000"})
  public int leaves;

  private StateTree tree;
  private Bytes32[] keys;
  private Bytes32[] values;
  private int next;

  @Setup(Level.Trial)
  public void build() {
    SplittableRandom r = Fixtures.random();
    StateTree t = StateTree.empty();
    keys = new Bytes32[KEYS];
    for (int i = 0; i < leaves; i++) {
      Bytes32 key = Fixtures.randomWord(r);
      t = t.set(key, Fixtures.randomWord(r));
      if (i < KEYS) {
        keys[i] = key;
      }
    }
    tree = t;
    tree.root(); // hash the base tree once: an invocation then hashes only the changed path
    values = new Bytes32[KEYS];
    for (int i = 0; i < KEYS; i++) {
      values[i] = Fixtures.randomWord(r);
    }
  }

  /** Updates an existing leaf (an account's nonce and balance), then asks for the root. */
  @Benchmark
  public Bytes32 setAndRoot() {
    int i = next++ & (KEYS - 1);
    return tree.set(keys[i], values[i]).root();
  }
}
