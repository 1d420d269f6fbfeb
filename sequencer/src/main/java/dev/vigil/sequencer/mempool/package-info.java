/**
 * Mempool admission (docs/protocol.md 8): the first step of a transaction's
 * way into a block. {@link dev.vigil.sequencer.mempool.Admission} decodes the
 * raw bytes, recovers the sender once, on the thread that received them (pure
 * computation, no I/O), and refuses up front what can never be admitted (oversized,
 * malformed, already known, unsupported kinds). Whatever depends on the
 * pending state (nonce, funds) is decided by the block builder, which executes
 * the transaction on the open block's state.
 */
package dev.vigil.sequencer.mempool;
