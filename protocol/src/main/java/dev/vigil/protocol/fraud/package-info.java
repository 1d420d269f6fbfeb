/**
 * Fraud proofs (docs/protocol.md 2.4 and 6): the state witnesses of one entry's accesses, built
 * by re-executing the entry with the Java STF over a recording state access, and the
 * {@code Rollup.proveFraud} argument that carries them to L1. The verifier's challenger decides
 * when to prove; this package only says what the proof is.
 */
package dev.vigil.protocol.fraud;
