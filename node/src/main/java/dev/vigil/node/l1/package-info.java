/**
 * The nodes' view of L1: {@link dev.vigil.node.l1.L1Client} (blocking reads over
 * Web3j), {@link dev.vigil.node.l1.TxManager} (the one sender of L1 transactions:
 * nonces, fees, receipts, retries), hand-written bindings of the Rollup, Bridge
 * and ERC-20 contracts of docs/protocol.md sections 4, 5 and 7, and the deployer
 * of forge artifacts. Every call blocks: callers run them on worker threads.
 */
package dev.vigil.node.l1;
