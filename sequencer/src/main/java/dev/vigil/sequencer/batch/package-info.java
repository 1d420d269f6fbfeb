/**
 * Batches (docs/protocol.md 5): the batcher packs sealed blocks, whole and in
 * order, into {@code appendBatch(batch, roots)} transactions, with L1 as the
 * truth about what is already posted; and the sequencer's mirror of the
 * rollup's batches (safe and finalized blocks, finality, withdrawal proofs).
 */
package dev.vigil.sequencer.batch;
