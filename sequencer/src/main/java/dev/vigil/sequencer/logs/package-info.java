/**
 * The logs L2 transactions emit, so wallets and indexers read L2 activity as they read
 * Ethereum's: a token transfer emits ERC-20's {@code Transfer} from the token's L2 address (its
 * L1 address), a withdrawal {@code WithdrawalInitiated} from {@code L2_BRIDGE}. Logs are not part
 * of the protocol (no root commits to them); the sequencer derives them from each sealed block,
 * stores them per block beside it, and keeps the bridged tokens' L2 supply.
 */
package dev.vigil.sequencer.logs;
