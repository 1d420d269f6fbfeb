/**
 * Withdrawals (docs/protocol.md 2.1 and 7): the records that L2 withdrawal transactions leave in
 * the state tree and that the L1 bridge pays against a finalized state root.
 */
package dev.vigil.protocol.withdrawal;
