package dev.vigil.sequencer.rpc;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;

/**
 * Reads a bridged token's constant metadata ({@code decimals()}, {@code symbol()}, {@code name()})
 * from the token's contract on L1: the raw ABI-encoded return data of an L1 {@code eth_call}.
 * Throws when the call fails or the contract has no such function.
 */
@FunctionalInterface
public interface TokenMetadata {
  Bytes call(Address l1Token, Bytes selector) throws Exception;

  /** For a sequencer without L1 access (tests): every metadata call fails. */
  TokenMetadata NONE = (token, selector) -> {
    throw new IllegalStateException("no L1 access for token metadata");
  };
}
