/**
 * Vigil's pure protocol library: the wire formats, the state tree and the state
 * transition function of docs/protocol.md. No network, no storage, no Vert.x:
 * the sequencer (producer) and the verifier (consumer) share this code so the
 * two can never drift.
 */
package dev.vigil.protocol;
