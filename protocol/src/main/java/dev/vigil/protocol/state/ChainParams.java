package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The deployment-time parameters the state transition reads (docs/protocol.md 1), as the
 * {@code Rollup} contract reports them: {@code l2ChainId()}, {@code l2BaseFee()},
 * {@code feeRecipient()}.
 *
 * @param chainId positive
 * @param baseFee wei per gas, a uint256
 */
public record ChainParams(long chainId, BigInteger baseFee, Address feeRecipient) {
  public ChainParams {
    Objects.requireNonNull(baseFee, "baseFee");
    Objects.requireNonNull(feeRecipient, "feeRecipient");
    if (chainId <= 0) {
      throw new IllegalArgumentException("chain id must be positive: " + chainId);
    }
    if (baseFee.signum() < 0 || baseFee.bitLength() > 256) {
      throw new IllegalArgumentException("base fee is not a uint256: " + baseFee);
    }
  }
}
