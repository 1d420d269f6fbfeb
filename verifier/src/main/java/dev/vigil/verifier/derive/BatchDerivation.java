package dev.vigil.verifier.derive;

import dev.vigil.node.l1.AppendBatchCall;
import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchFormatException;
import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;

/**
 * Decodes a batch from its {@code appendBatch} calldata and recomputes what the rollup recorded
 * for it (docs/protocol.md 5.2, 5.3): {@code entriesRoot}, {@code rootsRoot},
 * {@code postStateRoot = roots[n-1]}, the queue range and the L2 block range. The contract
 * computed the logged values from this very calldata, so any difference is an
 * {@link L1InconsistencyException}.
 */
public final class BatchDerivation {
  private BatchDerivation() {}

  /** {@code chainId} is the rollup's {@code l2ChainId}, under which compact entries expand (3.5). */
  public static DerivedBatch derive(RollupEvent.BatchAppended log, AppendBatchCall call, long chainId) {
    long index = log.batchIndex();
    Batch batch;
    try {
      batch = BatchCodec.decode(call.batch(), log.queueStart(), chainId);
    } catch (BatchFormatException e) {
      throw new L1InconsistencyException(
          "batch " + index + " (L1 tx " + log.at().txHash() + ") was accepted by the rollup but does"
              + " not decode: " + e.getMessage(), e);
    }
    List<Bytes32> roots = call.roots();
    int n = batch.entries().size();
    require(roots.size() == n, index, "roots count", n, roots.size());
    require(batch.entriesRoot().equals(log.entriesRoot()), index, "entriesRoot",
        log.entriesRoot(), batch.entriesRoot());
    Bytes32 rootsRoot = Merkle.root(roots);
    require(rootsRoot.equals(log.rootsRoot()), index, "rootsRoot", log.rootsRoot(), rootsRoot);
    require(roots.get(n - 1).equals(log.postStateRoot()), index, "postStateRoot",
        log.postStateRoot(), roots.get(n - 1));
    long queueEnd = log.queueStart() + batch.queueCount();
    require(queueEnd == log.queueEnd(), index, "queueEnd", log.queueEnd(), queueEnd);
    long lastBlock = log.firstBlock() + batch.blocks().size() - 1;
    require(lastBlock == log.lastBlock(), index, "lastBlock", log.lastBlock(), lastBlock);
    return new DerivedBatch(log, batch, roots);
  }

  private static void require(boolean ok, long index, String what, Object logged, Object computed) {
    if (!ok) {
      throw new L1InconsistencyException(
          "batch " + index + ": " + what + " logged by the rollup is " + logged
              + " but its calldata gives " + computed);
    }
  }
}
