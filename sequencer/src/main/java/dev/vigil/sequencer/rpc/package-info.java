/**
 * The sequencer's JSON-RPC API (the process interface): Ethereum's {@code eth_},
 * {@code net_} and {@code web3_} methods a wallet needs, with Ethereum's
 * encodings and Geth's error texts (-32000 for transaction errors, -32602 for
 * bad params), and the {@code rollup_} namespace (status, batches, withdrawal
 * proofs, token balances). {@code eth_sendRawTransaction} answers only once
 * the transaction is in a block written durably. The transport and the
 * exception-to-error mapping are the node's {@code dev.vigil.node.rpc}.
 */
package dev.vigil.sequencer.rpc;
