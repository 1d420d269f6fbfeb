/**
 * L2 transactions (docs/protocol.md 3.1 and 3.2): strict decoding of signed
 * legacy EIP-155 and EIP-1559 transactions, sender recovery, classification
 * into the kinds the state transition knows, and signing for tests, the devnet
 * and the bench. The sequencer's mempool and the verifier's replay both start
 * here, so both read the same bytes the same way.
 */
package dev.vigil.protocol.tx;
