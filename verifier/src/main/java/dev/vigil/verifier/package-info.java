/**
 * The verifier process: it knows only the L1 endpoint and the rollup's address, derives every
 * batch from L1 logs and calldata ({@code derive}), re-executes it with the protocol's STF and
 * compares the claimed intermediate roots ({@code replay}), keeps its own state in LevelDB
 * ({@code storage}) and serves a read-only JSON-RPC replica of that state ({@code rpc}). It never
 * talks to the sequencer.
 *
 * <p>Disagreement: a batch with a refuted root is not applied; derivation waits at it (keeping the
 * state after the previous batch) until L1 reverts or replaces it, since a proven fraud reverts
 * that batch and every later one (docs/protocol.md 6). The dispute goes to the challenger
 * ({@code fraud}), which proves the fraud on L1 from {@code --l1-key} on its own thread, so
 * derivation sees the revert and carries on with the batches that replace it.
 *
 * <p>Persistence and rollback: each verified batch is one atomic write (touched leaves, batch
 * record, progress), and a restart resumes from the stored progress without replaying anything.
 * If L1 loses batches the verifier had agreed with ({@code batchCount} below its progress, or a
 * {@code BatchAppended} for a verified index from another transaction, or an L1 head below the
 * last scanned block), it re-derives from genesis: the simplest correct rollback, and one that
 * only happens when another verifier proved fraud in a batch this one accepted, or when the L1
 * devnet was reset. No per-batch undo journal is kept.
 */
package dev.vigil.verifier;
