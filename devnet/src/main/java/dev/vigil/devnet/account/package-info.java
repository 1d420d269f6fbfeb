/** The well-known development accounts and their roles on the devnet. */
package dev.vigil.devnet.account;
