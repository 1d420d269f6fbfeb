package dev.vigil.bench.micro;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.EntryResult;
import dev.vigil.protocol.state.StateKeys;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.state.Stf;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.Optional;
import java.util.SplittableRandom;
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
 * {@code Stf.applyTx} of an ETH transfer whose sender is already recovered, then the new root
 * (what the sequencer's sequencing thread and the verifier's apply loop do per entry), on a state
 * of 10,000 funded accounts: validity rules, four account accesses (sender, fee recipient,
 * sender, to), then the hashes of the three changed paths. Without the root, the tree's hashing
 * (most of an entry's work) would not be measured at all: hashes are computed on demand.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StfBench {
  static final int ACCOUNTS = 10_000;
  private StateTree pre;
  private SignedTx tx;
  private Optional<Address> sender;

  @Setup(Level.Trial)
  public void build() {
    SplittableRandom r = Fixtures.random();
    BigInteger rich = BigInteger.TEN.pow(21);
    StateTree t = StateTree.empty();
    for (int i = 0; i < ACCOUNTS; i++) {
      t = t.set(StateKeys.account(Address.fromWord(Fixtures.randomWord(r))), new Account(0, rich).toWord());
    }
    BigInteger key = Fixtures.key(1);
    sender = Optional.of(TxSigner.address(key));
    pre = t.set(StateKeys.account(sender.get()), new Account(0, rich).toWord());
    tx = ((TxDecoding.Ok) TxDecoder.decode(Fixtures.transfer(key, 0))).tx();
    pre.root(); // hash the base tree once: an invocation then hashes only what it changed
  }

  @Benchmark
  public Bytes32 applyTransfer() {
    EntryResult r = Stf.applyTx(pre, tx, sender, Fixtures.PARAMS);
    return r.post().root();
  }
}
