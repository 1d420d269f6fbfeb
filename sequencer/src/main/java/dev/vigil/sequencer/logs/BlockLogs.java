package dev.vigil.sequencer.logs;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.util.ArrayList;
import java.util.List;

/**
 * The logs of one sealed block, per transaction in block order (queue entries emit none), and
 * the withdrawals the block recorded (queue entries' included), which the token supply index
 * needs to be undone when a block is replaced.
 */
public record BlockLogs(List<List<LogEntry>> perTx, List<Withdrawal> withdrawals) {
  public static final BlockLogs NONE = new BlockLogs(List.of(), List.of());

  public BlockLogs {
    perTx = perTx.stream().map(List::copyOf).toList();
    withdrawals = List.copyOf(withdrawals);
  }

  /** The logs of transaction {@code txIndex}; empty for an index the block does not have logs for. */
  public List<LogEntry> ofTx(int txIndex) {
    return txIndex < perTx.size() ? perTx.get(txIndex) : List.of();
  }

  /** The block-wide index of the first log of transaction {@code txIndex}. */
  public int firstLogIndex(int txIndex) {
    int n = 0;
    for (int i = 0; i < txIndex && i < perTx.size(); i++) {
      n += perTx.get(i).size();
    }
    return n;
  }

  public List<LogEntry> all() {
    List<LogEntry> out = new ArrayList<>();
    perTx.forEach(out::addAll);
    return out;
  }

  public boolean isEmpty() {
    return withdrawals.isEmpty() && perTx.stream().allMatch(List::isEmpty);
  }

  public Bytes bloom() {
    return Bloom.of(all());
  }
}
