/**
 * Withdrawals as the sequencer serves them (docs/protocol.md 7): an index of
 * every withdrawal recorded in a sealed block, and proofs of a withdrawal's
 * leaf against the post-state root of a batch on L1, built from the state
 * snapshot at the batch's last block.
 */
package dev.vigil.sequencer.withdrawal;
