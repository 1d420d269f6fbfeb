/**
 * Verifier replay of the ingest run's batches: a real verifier process deriving them from L1,
 * and the verifier's own replay classes in-process, timed without the L1 fetch.
 */
package dev.vigil.bench.replay;
