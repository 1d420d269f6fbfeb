/**
 * The sequencer process: takes signed L2 transactions over JSON-RPC, orders
 * them with the L1 queue's deposits and forced transactions into L2 blocks,
 * and posts the blocks in batches to the rollup on L1. Data flow: rpc ->
 * mempool (decode, recover the sender once, on a worker) -> block (the single
 * sequencing thread executes on the open block, seals, writes durably) ->
 * storage; queue (L1 watcher) -> block; batch (batcher) -> L1; withdrawal
 * proofs from the block snapshots. {@link dev.vigil.sequencer.Main} builds the
 * graph by hand.
 */
package dev.vigil.sequencer;
