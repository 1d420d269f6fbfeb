package dev.vigil.sequencer.logs;

import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Derives a sealed block's logs from its entries and the withdrawals its execution recorded (in
 * entry order). Only status-1 transactions emit: a token transfer {@code Transfer(from, to,
 * amount)} from the token; an ETH withdrawal {@code WithdrawalInitiated}; a token withdrawal a
 * burn {@code Transfer(from, 0x0, amount)} from the token, then {@code WithdrawalInitiated}.
 * ETH transfers emit nothing, as on Ethereum. Queue entries (deposits, forced transactions) are
 * not transactions of the block's list and emit nothing, but a forced withdrawal still takes its
 * withdrawal index.
 */
public final class LogDerivation {
  private LogDerivation() {}

  public static BlockLogs derive(L2Block block, List<Withdrawal> withdrawals) {
    List<List<LogEntry>> perTx = new ArrayList<>();
    int next = 0;
    for (BlockEntry e : block.entries()) {
      if (e instanceof BlockEntry.Tx t) {
        List<LogEntry> logs = new ArrayList<>();
        Optional<TxKind> kind = mayEmit(t) ? kind(t.raw()) : Optional.empty();
        if (kind.isPresent() && isWithdrawal(kind.get())) {
          if (next >= withdrawals.size()) {
            throw new IllegalStateException("block " + block.number() + " has more withdrawals than recorded");
          }
          logs.addAll(withdrawalLogs(t, withdrawals.get(next++)));
        } else if (kind.orElse(null) instanceof TxKind.TokenTransfer tt) {
          logs.add(L2Events.transfer(tt.token(), t.sender(), tt.to(), tt.amount()));
        }
        perTx.add(logs);
      } else if (e instanceof BlockEntry.Queued q && q.item() instanceof QueueItem.ForcedTx f
          && next < withdrawals.size() && forcedMatches(f, withdrawals.get(next))) {
        next++;
      }
    }
    if (next != withdrawals.size()) {
      throw new IllegalStateException("block " + block.number() + " recorded " + withdrawals.size()
          + " withdrawals but its entries account for " + next);
    }
    return new BlockLogs(perTx, withdrawals);
  }

  /**
   * Whether the transaction can have logs: only status 1 emits, and the gas of its kind tells an
   * ETH transfer or an unsupported transaction (21000, docs/protocol.md 1), which never emit,
   * without decoding it again (most of a block's transactions are such transfers).
   */
  private static boolean mayEmit(BlockEntry.Tx t) {
    return t.status() == 1 && t.gasUsed() != TxKind.ETH_TRANSFER_GAS && t.gasUsed() != TxKind.UNSUPPORTED_GAS;
  }

  private static List<LogEntry> withdrawalLogs(BlockEntry.Tx t, Withdrawal w) {
    if (w.token().equals(Withdrawal.ETH)) {
      return List.of(L2Events.withdrawalInitiated(w));
    }
    return List.of(L2Events.transfer(w.token(), t.sender(), Withdrawal.ETH, w.amount()),
        L2Events.withdrawalInitiated(w));
  }

  private static boolean isWithdrawal(TxKind k) {
    return k instanceof TxKind.EthWithdrawal || k instanceof TxKind.TokenWithdrawal;
  }

  /** Whether a forced transaction is the withdrawal {@code w} (it recorded one only on status 1). */
  private static boolean forcedMatches(QueueItem.ForcedTx f, Withdrawal w) {
    Optional<TxKind> kind = kind(f.tx());
    if (kind.orElse(null) instanceof TxKind.EthWithdrawal ew) {
      return w.token().equals(Withdrawal.ETH) && ew.recipient().equals(w.recipient())
          && ew.amount().equals(w.amount());
    }
    if (kind.orElse(null) instanceof TxKind.TokenWithdrawal tw) {
      return tw.token().equals(w.token()) && tw.recipient().equals(w.recipient())
          && tw.amount().equals(w.amount());
    }
    return false;
  }

  private static Optional<TxKind> kind(dev.vigil.protocol.bytes.Bytes raw) {
    if (TxDecoder.decode(raw) instanceof TxDecoding.Ok ok) {
      SignedTx tx = ok.tx();
      return Optional.of(TxClassifier.classify(tx));
    }
    return Optional.empty();
  }
}
