/**
 * {@code ./vigil bench}: one run that measures the hot paths (JMH), sequencer ingest against a
 * plain Anvil under the same load generator, verifier replay, L1 cost, devnet timings and fraud
 * proofs on this machine, and reports them as a table and JSON against the performance targets (docs/performance.md).
 * It only measures: it starts real processes on 127.0.0.1 and stops each by its PID.
 */
package dev.vigil.bench;
