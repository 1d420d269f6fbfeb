/**
 * L1 cost of the batches the ingest run posted, read back from L1 itself: the calldata of each
 * {@code appendBatch} transaction and the gas of its receipt, split by what the batch carries.
 */
package dev.vigil.bench.cost;
