/**
 * The verifier's durable state in a {@code KvStore} (LevelDB under {@code --data-dir}): the
 * state tree's leaves, the queue items seen on L1 and the derivation progress. Each verified batch
 * is one atomic write batch, so a restart resumes exactly after the last verified batch and never
 * re-replays it.
 */
package dev.vigil.verifier.storage;
