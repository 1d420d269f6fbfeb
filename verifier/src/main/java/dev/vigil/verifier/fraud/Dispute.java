package dev.vigil.verifier.fraud;

import dev.vigil.node.l1.RollupEvent;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.verifier.replay.FraudDetected;
import java.util.Objects;

/**
 * A batch the verifier refutes: the {@code BatchAppended} log that announced it on L1 and what
 * replay found. The log's transaction identifies this posting of the batch (a lying batch
 * reverted and posted again is another dispute); its L1 block starts the challenge latency.
 */
public record Dispute(RollupEvent.BatchAppended log, FraudDetected fraud) {
  public Dispute {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(fraud, "fraud");
    if (log.batchIndex() != fraud.batchIndex()) {
      throw new IllegalArgumentException(
          "log of batch " + log.batchIndex() + " for a fraud in batch " + fraud.batchIndex());
    }
  }

  public long batchIndex() {
    return log.batchIndex();
  }

  /** The L1 transaction that appended the batch. */
  public Bytes32 batchTx() {
    return log.at().txHash();
  }

  /** The commitments the proof is checked against; the log carries what the rollup recorded. */
  public Bytes32 entriesRoot() {
    return log.entriesRoot();
  }

  public Bytes32 rootsRoot() {
    return log.rootsRoot();
  }
}
