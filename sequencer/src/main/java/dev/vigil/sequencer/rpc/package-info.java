/**
 * The sequencer's JSON-RPC API (the process interface): Ethereum's {@code eth_},
 * {@code net_} and {@code web3_} methods a wallet needs, with Ethereum's
 * encodings and Geth's error texts (-32000 for transaction errors, -32602 for
 * bad params, -32005 for a limit exceeded), and the {@code rollup_} namespace
 * (status, batches, withdrawal proofs, token balances). {@code eth_sendRawTransaction}
 * answers only once the transaction is in a block written durably.
 *
 * <p>Bridged tokens look like ERC-20 contracts at their L2 address (= their L1
 * address): {@code eth_call} of the view functions ({@link dev.vigil.sequencer.rpc.Erc20Calls}),
 * the marker code {@code 0xfe} from {@code eth_getCode}, {@code Transfer} logs in
 * receipts, {@code eth_getLogs}, polling filters (five minutes without a poll
 * removes one) and {@code eth_subscribe} ({@code newHeads}, {@code logs}) over
 * WebSocket on the HTTP port. The transport and the exception-to-error mapping
 * are the node's {@code dev.vigil.node.rpc}.
 */
package dev.vigil.sequencer.rpc;
