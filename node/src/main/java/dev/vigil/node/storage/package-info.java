/**
 * Durable node state: a sorted key-value store with typed columns (a one-byte
 * prefix and a codec per column, as in Teku's kvstore) and atomic write
 * batches. The sequencer writes one batch per L2 block; the verifier one per
 * derived L1 batch. {@link dev.vigil.node.storage.LevelDbStore} is the real
 * store, {@link dev.vigil.node.storage.MemoryKvStore} its twin for unit tests.
 */
package dev.vigil.node.storage;
