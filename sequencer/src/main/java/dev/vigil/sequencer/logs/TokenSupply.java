package dev.vigil.sequencer.logs;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.withdrawal.Withdrawal;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * A bridged token's L2 supply is what was deposited minus what was withdrawn, per token: the
 * {@code totalSupply()} an ERC-20 call reads. It is an index the sequencer keeps beside its blocks,
 * not part of the state root (L2 transfers never change it).
 */
public final class TokenSupply {
  private TokenSupply() {}

  /** The change of each token's supply a block makes (tokens it does not touch are absent). */
  public static Map<Address, BigInteger> delta(L2Block block, BlockLogs logs) {
    Map<Address, BigInteger> delta = new HashMap<>();
    for (BlockEntry e : block.entries()) {
      if (e instanceof BlockEntry.Queued q && q.item() instanceof QueueItem.TokenDeposit d) {
        delta.merge(d.token(), d.amount(), BigInteger::add);
      }
    }
    for (Withdrawal w : logs.withdrawals()) {
      if (!w.token().equals(Withdrawal.ETH)) {
        delta.merge(w.token(), w.amount().negate(), BigInteger::add);
      }
    }
    return delta;
  }
}
