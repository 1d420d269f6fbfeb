package dev.vigil.verifier.derive;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.state.ChainParams;
import java.util.Objects;

/**
 * What the verifier reads from the rollup contract at start (docs/protocol.md 1): the STF's chain
 * parameters, the bridge whose queue it follows and the challenge window. All are immutable in
 * the contract.
 */
public record RollupParams(ChainParams chain, Address bridge, long challengeWindow) {
  public RollupParams {
    Objects.requireNonNull(chain, "chain");
    Objects.requireNonNull(bridge, "bridge");
    if (challengeWindow < 0) {
      throw new IllegalArgumentException("negative challenge window: " + challengeWindow);
    }
  }
}
