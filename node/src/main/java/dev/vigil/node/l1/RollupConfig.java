package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The Rollup's deployment parameters (docs/protocol.md section 1), in the
 * order of its constructor.
 */
public record RollupConfig(
    long l2ChainId,
    BigInteger l2BaseFee,
    Address feeRecipient,
    long challengeWindow,
    long forceInclusionDelay,
    BigInteger minBond,
    Address sequencer,
    long inactivityPeriod) {

  public static final long DEVNET_CHAIN_ID = 42424;
  public static final BigInteger GWEI = BigInteger.TEN.pow(9);
  public static final BigInteger ETHER = BigInteger.TEN.pow(18);

  public RollupConfig {
    if (l2ChainId <= 0 || challengeWindow < 0 || forceInclusionDelay < 0 || inactivityPeriod < 0) {
      throw new IllegalArgumentException("chain id must be positive and periods non-negative");
    }
    if (l2BaseFee.signum() < 0 || minBond.signum() < 0) {
      throw new IllegalArgumentException("base fee and bond must be non-negative");
    }
    Objects.requireNonNull(feeRecipient, "feeRecipient");
    Objects.requireNonNull(sequencer, "sequencer");
  }

  /** The devnet defaults of section 1, with {@code sequencer} as poster and fee recipient. */
  public static RollupConfig devnet(Address sequencer) {
    return new RollupConfig(DEVNET_CHAIN_ID, GWEI, sequencer, 20, 60, ETHER, sequencer, 300);
  }
}
