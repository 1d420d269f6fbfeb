/**
 * Replay of a derived batch (docs/protocol.md 3, 4, 5.3): senders are recovered once per
 * transaction on a small pool, in chunks ahead of the apply loop, and every entry is applied in
 * order with {@code Stf} and the root after entry {@code i} is compared with the claimed
 * {@code roots[i]}. The first disagreement becomes a
 * {@link dev.vigil.verifier.replay.FraudDetected} record carrying what a fraud proof (spec 6)
 * needs.
 */
package dev.vigil.verifier.replay;
