/**
 * A real Anvil L1 for the devnet and the tests: located from the npm toolchain
 * ({@code ./vigil tools}), started on 127.0.0.1, and killed by its PID.
 */
package dev.vigil.node.anvil;
