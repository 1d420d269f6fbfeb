/**
 * The sequencer's durable state: sealed L2 blocks with their entries and
 * recovered senders, the transaction index, the head, the queue resume point
 * and the batches it posted, over the node's typed key-value store (LevelDB in
 * production, the in-memory twin in unit tests). The state tree itself is not
 * stored: a restart replays the blocks through the state transition.
 */
package dev.vigil.sequencer.storage;
