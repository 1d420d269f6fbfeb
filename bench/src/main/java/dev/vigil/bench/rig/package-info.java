/**
 * The real processes the bench measures: an Anvil L1 with the Vigil contracts, funded load
 * senders, and a sequencer as its own JVM (the sequencer CLI of docs), all on 127.0.0.1 and all
 * stopped by PID when the rig closes.
 */
package dev.vigil.bench.rig;
