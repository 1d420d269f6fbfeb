/**
 * A small Java client for Vigil's {@code rollup_} JSON-RPC namespace (docs/rpc.md), for wallet
 * developers who use Web3j for the {@code eth_} methods: typed L2 heads, batches and withdrawal
 * proofs, client-side proof verification, and finalizing a withdrawal on L1 through the bridge.
 */
package dev.vigil.node.client;
