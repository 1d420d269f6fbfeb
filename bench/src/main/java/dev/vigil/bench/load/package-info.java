/**
 * The load generator: pre-signed transactions sent over HTTP from many concurrent connections,
 * each connection carrying one sender's transactions with one request in flight, so nonces stay
 * in order. The same generator drives the sequencer and the plain Anvil baseline.
 */
package dev.vigil.bench.load;
