/**
 * The verifier's read-only JSON-RPC replica: Ethereum reads and {@code rollup_status} answered
 * from the state the verifier derived from L1 itself, through an immutable
 * {@link dev.vigil.verifier.rpc.ReplicaView} snapshot the derivation thread publishes.
 */
package dev.vigil.verifier.rpc;
