/**
 * L2 blocks (docs/protocol.md 5.4) and the single sequencing thread that builds
 * them: admitted transactions and L1 queue items are executed on the open
 * block's state in arrival order, the open block is sealed every block time
 * and written with one synchronous write batch, and a restart replays the
 * stored blocks through the state transition. {@link dev.vigil.sequencer.block.ChainState}
 * is what every other thread reads.
 */
package dev.vigil.sequencer.block;
