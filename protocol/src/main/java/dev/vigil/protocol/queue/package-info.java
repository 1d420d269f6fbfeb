/**
 * The L1 queue (docs/protocol.md 4): deposits and forced transactions that the bridge appends on
 * L1, that the verifier learns from {@code QueueItemAdded} events and that batches consume in
 * index order.
 */
package dev.vigil.protocol.queue;
