/**
 * The L1 queue as the sequencer sees it (docs/protocol.md 4): a watcher polls
 * the bridge's {@code QueueItemAdded} events and hands the items not yet
 * consumed, in index order, to the block builder, which executes them before
 * anything that arrives after them.
 */
package dev.vigil.sequencer.queue;
