package dev.vigil.devnet;

import dev.vigil.protocol.bytes.Address;

/** The devnet's contracts on L1: the rollup, the bridge it created, and the DevToken. */
public record Deployment(Address rollup, Address bridge, Address token) {
  public Deployment {
    if (rollup.equals(Address.ZERO) || bridge.equals(Address.ZERO) || token.equals(Address.ZERO)) {
      throw new IllegalArgumentException("a deployed contract has a non-zero address");
    }
  }
}
