package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import java.util.Objects;

/**
 * A deployed Vigil rollup as L1 reports it.
 *
 * @param deployBlock the L1 block of the Rollup's creation: where log scans start
 */
public record RollupDeployment(Address rollup, Address bridge, RollupConfig config, long deployBlock) {
  public RollupDeployment {
    Objects.requireNonNull(rollup, "rollup");
    Objects.requireNonNull(bridge, "bridge");
    Objects.requireNonNull(config, "config");
    if (deployBlock < 0) {
      throw new IllegalArgumentException("negative deploy block");
    }
  }

  /** Reads the configuration and the bridge of the Rollup at {@code rollup}, checking the pair. */
  public static RollupDeployment read(L1Client l1, Address rollup, long deployBlock) {
    RollupContract contract = new RollupContract(l1, rollup);
    Address bridge = contract.bridge();
    Address bridgeRollup = new BridgeContract(l1, bridge).rollup();
    if (!bridgeRollup.equals(rollup)) {
      throw L1Exception.other("eth_call", l1.url(), "bridge " + bridge + " of rollup " + rollup
          + " belongs to rollup " + bridgeRollup, null);
    }
    return new RollupDeployment(rollup, bridge, contract.config(), deployBlock);
  }

  public RollupContract rollupContract(L1Client l1) {
    return new RollupContract(l1, rollup);
  }

  public BridgeContract bridgeContract(L1Client l1) {
    return new BridgeContract(l1, bridge);
  }
}
