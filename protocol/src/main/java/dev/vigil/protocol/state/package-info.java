/**
 * The L2 state (docs/protocol.md 2 and 3): the persistent sparse Merkle tree, its leaf keys and
 * values, and the state transition function that the sequencer's block builder and the
 * verifier's replay both run over it.
 */
package dev.vigil.protocol.state;
