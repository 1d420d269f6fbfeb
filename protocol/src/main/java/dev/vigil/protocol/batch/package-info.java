/**
 * Batches (docs/protocol.md 5): the calldata format that the sequencer's batcher encodes and the
 * verifier decodes from {@code appendBatch} transactions, the Merkle commitments over entries and
 * state roots, and L2 block hashes.
 */
package dev.vigil.protocol.batch;
