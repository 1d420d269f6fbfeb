package dev.vigil.sequencer.batch;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.Optional;

/**
 * The batcher's one hook for fault injection (demos and tests of fraud proofs): it may replace
 * the honest batch about to be posted by a falsified one. The batcher itself never lies.
 */
public interface BatchTamper {
  /** Posts every batch as it is. */
  BatchTamper NONE = new BatchTamper() {
    @Override
    public Optional<BatchPlan> replace(long index, BatchPlan honest) {
      return Optional.empty();
    }

    @Override
    public void posted(long index, BatchPlan posted, Bytes32 l1Tx) {}

    @Override
    public boolean isOwnLie(BatchInfo batch) {
      return false;
    }

    @Override
    public Optional<String> reverted(long index) {
      return Optional.empty();
    }
  };

  /** The batch to post as L1 batch {@code index} instead of {@code honest}, if any. */
  Optional<BatchPlan> replace(long index, BatchPlan honest);

  /** Told of every batch that landed: {@code posted} is the plan that went out. */
  void posted(long index, BatchPlan posted, Bytes32 l1Tx);

  /** Whether L1's {@code batch} is a lie this process posted on purpose. */
  boolean isOwnLie(BatchInfo batch);

  /** Told that batch {@code index} was reverted: the lie this process had posted there, if any. */
  Optional<String> reverted(long index);
}
