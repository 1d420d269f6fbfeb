package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.Objects;

/** The Rollup events a verifier follows, in L1 order by {@link #at()}. */
public sealed interface RollupEvent {
  LogPosition at();

  /** {@code BatchAppended} (spec 5.3); the batch data is in the input of transaction {@code at().txHash()}. */
  record BatchAppended(long batchIndex, Address poster, Bytes32 entriesRoot, Bytes32 rootsRoot,
      Bytes32 postStateRoot, long queueStart, long queueEnd, long firstBlock, long lastBlock,
      LogPosition at) implements RollupEvent {
    public BatchAppended {
      Objects.requireNonNull(poster, "poster");
      Objects.requireNonNull(entriesRoot, "entriesRoot");
      Objects.requireNonNull(rootsRoot, "rootsRoot");
      Objects.requireNonNull(postStateRoot, "postStateRoot");
      Objects.requireNonNull(at, "at");
    }
  }

  /** {@code BatchesReverted} (spec 6): batches {@code fromBatch} to {@code toBatch - 1} are gone. */
  record BatchesReverted(long fromBatch, long toBatch, Address challenger, LogPosition at)
      implements RollupEvent {
    public BatchesReverted {
      Objects.requireNonNull(challenger, "challenger");
      Objects.requireNonNull(at, "at");
    }
  }
}
