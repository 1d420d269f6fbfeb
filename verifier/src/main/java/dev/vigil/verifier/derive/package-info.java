/**
 * Derivation of L2 batches from L1 alone (docs/protocol.md 4, 5): the bridge's
 * {@code QueueItemAdded} logs give the queue items, the rollup's {@code BatchAppended} logs name
 * each batch and the transaction whose {@code appendBatch} calldata carries it. The commitments the
 * contract recorded are recomputed from that calldata; a mismatch means a broken L1 endpoint or
 * binding, never a dishonest sequencer, and stops the verifier. {@link
 * dev.vigil.verifier.derive.L1Source} is the one seam to the L1 node.
 */
package dev.vigil.verifier.derive;
