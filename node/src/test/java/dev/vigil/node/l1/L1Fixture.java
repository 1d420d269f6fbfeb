package dev.vigil.node.l1;

import dev.vigil.node.anvil.AnvilAssumptions;
import dev.vigil.node.anvil.AnvilProcess;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A real Anvil with the contracts of contracts/out, for the binding tests: each
 * test deploys its own Rollup so tests do not share queue or clock state.
 */
final class L1Fixture implements AutoCloseable {
  final AnvilProcess anvil;
  final L1Client l1;
  final Path out;
  final TxManager sequencer;

  private L1Fixture(AnvilProcess anvil, Path out) {
    this.anvil = anvil;
    this.out = out;
    this.l1 = L1Client.connect(anvil.url());
    this.sequencer = new TxManager(l1, anvil.devKey(0));
  }

  static L1Fixture start(Path logDir) throws IOException, InterruptedException {
    AnvilAssumptions.requireAnvil();
    Path out = ForgeArtifacts.outDir();
    return new L1Fixture(AnvilProcess.start(logDir), out);
  }

  TxManager sender(int devAccount) {
    return new TxManager(l1, anvil.devKey(devAccount));
  }

  /** A fresh Rollup and Bridge with the devnet defaults, account 0 as sequencer. */
  RollupDeployment deploy() {
    return new ContractDeployer(sequencer).deployRollup(out, RollupConfig.devnet(anvil.devAddress(0)));
  }

  /**
   * A one-block batch (spec 5.1) at {@code timestamp}; an empty entry is a
   * reference to the next queue item.
   */
  static Bytes batch(long timestamp, Bytes... entries) {
    ByteBuffer b = ByteBuffer.allocate(1 + 2 + 10 + entries.length * 3 + totalLength(entries));
    b.put((byte) 2).putShort((short) 1).putLong(timestamp).putShort((short) entries.length);
    for (Bytes e : entries) {
      // spec 5.1, format 0x02: a queue reference is its tag 0x00, a raw transaction 0x01 || u16(len)
      if (e.isEmpty()) {
        b.put((byte) 0);
      } else {
        b.put((byte) 1).putShort((short) e.length()).put(e.unsafeArray());
      }
    }
    return Bytes.wrap(Arrays.copyOf(b.array(), b.position()));
  }

  private static int totalLength(Bytes[] entries) {
    int n = 0;
    for (Bytes e : entries) {
      n += e.length();
    }
    return n;
  }

  /** Spec 5.2 leaf of a transaction entry. */
  static Bytes32 txLeaf(Bytes tx) {
    return Keccak.hash(new byte[] {0}, tx.unsafeArray());
  }

  /** Spec 5.2 leaf of a queue reference. */
  static Bytes32 queueLeaf(long queueIndex) {
    return Keccak.hash(new byte[] {1}, ByteBuffer.allocate(8).putLong(queueIndex).array());
  }

  @Override
  public void close() {
    l1.close();
    anvil.close();
  }
}
