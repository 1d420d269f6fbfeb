/**
 * Recursive Length Prefix, the encoding of signed Ethereum transactions
 * (docs/protocol.md 3.1). The decoder is strict: any input that a canonical
 * encoder could not have produced is refused, so one byte string has exactly
 * one meaning in Java and in the Solidity twin.
 */
package dev.vigil.protocol.rlp;
