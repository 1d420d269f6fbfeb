/**
 * The challenger (docs/protocol.md 6): when replay refutes a claimed root, the pure
 * {@link dev.vigil.verifier.fraud.ProofSolver} builds the {@code proveFraud} arguments from the
 * verifier's own state, and the {@link dev.vigil.verifier.fraud.Challenger} (the responder) sends
 * them with the verifier's L1 key, records each proof in the verifier's store, and stands down
 * when another challenger reverted the batch first.
 */
package dev.vigil.verifier.fraud;
