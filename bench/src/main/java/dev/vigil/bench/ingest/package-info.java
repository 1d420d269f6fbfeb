/**
 * Sequencer ingest, and the same load against a plain Anvil: pre-signed transfers over many
 * concurrent connections, counted when the node hands back their hash.
 */
package dev.vigil.bench.ingest;
