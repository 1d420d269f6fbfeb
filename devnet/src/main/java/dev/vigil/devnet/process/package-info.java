/**
 * Child processes of the devnet: launching a JVM with this JVM's classpath, waiting for its
 * READY line in its log, stopping it by PID (SIGTERM, then SIGKILL after a bound).
 */
package dev.vigil.devnet.process;
