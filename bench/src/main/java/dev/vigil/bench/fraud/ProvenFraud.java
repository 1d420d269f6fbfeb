package dev.vigil.bench.fraud;

/**
 * One fraud proven on L1 against an injected lie.
 *
 * @param latencySeconds from the bad batch appearing on L1 to the revert appearing on L1, both
 *     as first seen by polling every 100 ms
 * @param gas the proveFraud transaction's gas
 * @param calldataBytes its input size
 */
record ProvenFraud(String kind, long batchIndex, double latencySeconds, long gas, long calldataBytes) {}
