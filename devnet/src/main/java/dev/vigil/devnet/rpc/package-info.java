/** A small JSON-RPC client for the L2 endpoints (sequencer, verifiers) used by the devnet and its tests. */
package dev.vigil.devnet.rpc;
