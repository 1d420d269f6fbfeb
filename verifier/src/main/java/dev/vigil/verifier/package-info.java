/**
 * The verifier process: it knows only the L1 endpoint and the rollup's address, derives every
 * batch from L1 logs and calldata ({@code derive}), re-executes it with the protocol's STF and
 * compares the claimed intermediate roots ({@code replay}), keeps its own state in LevelDB
 * ({@code storage}) and serves a read-only JSON-RPC replica of that state ({@code rpc}). It never
 * talks to the sequencer.
 */
package dev.vigil.verifier;
