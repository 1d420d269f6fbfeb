/**
 * Fraud-proof gas and latency, measured only once the pieces exist on both sides (the Rollup's
 * {@code proveFraud} and a challenger in the verifier); until then the section says so.
 */
package dev.vigil.bench.fraud;
