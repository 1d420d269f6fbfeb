/**
 * One-command bring-up of a whole Vigil devnet ({@link dev.vigil.devnet.Main}, `./vigil devnet`):
 * the L1 (Anvil, or an L1 attached by URL), the contracts, a sequencer and two verifiers as
 * separate JVMs, and the dev accounts funded on L2 through real bridge deposits. The end-to-end
 * tests drive the same {@link dev.vigil.devnet.Devnet}. It depends on every other module and
 * nothing depends on it.
 */
package dev.vigil.devnet;
