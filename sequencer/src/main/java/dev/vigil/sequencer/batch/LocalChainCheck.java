package dev.vigil.sequencer.batch;

/**
 * What the batcher asks of the block builder after L1 reverted batches: to execute the local
 * chain after the new safe block again before any of it is posted again, and to rebuild it
 * from there if it held a lie. The local chain is honest by construction, so this normally
 * finds nothing; it is the defence against posting the same lie twice.
 */
@FunctionalInterface
public interface LocalChainCheck {
  LocalChainCheck NONE = safeBlock -> { };

  /** Re-executes the local blocks after {@code safeBlock}; returns once any rebuild is stored. */
  void recheckAfter(long safeBlock);
}
