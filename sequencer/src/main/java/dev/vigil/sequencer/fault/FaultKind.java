package dev.vigil.sequencer.fault;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The lies a sequencer can be told to post, each at exactly one entry of a batch. */
public enum FaultKind {
  /** The recipient of a successful ETH or token transfer is credited {@link Lies#EXTRA} too much. */
  WRONG_BALANCE("wrong-balance"),
  /** An extra transaction with a corrupted (high-s) signature is applied as if a rich account signed it. */
  BAD_SIGNATURE("bad-signature"),
  /** An L1 deposit is credited twice. */
  DEPOSIT_TWICE("deposit-twice"),
  /** An L1 deposit's root claims no change. */
  DEPOSIT_SKIPPED("deposit-skipped"),
  /** The batch's last root (its post-state root) credits the fee recipient {@link Lies#EXTRA}. */
  WRONG_FINAL_ROOT("wrong-final-root"),
  /** A withdrawal is recorded with ten times its amount. */
  INFLATED_WITHDRAWAL("inflated-withdrawal");

  private final String cliName;

  FaultKind(String cliName) {
    this.cliName = cliName;
  }

  /** The name on the command line and in the logs. */
  public String cliName() {
    return cliName;
  }

  public static FaultKind parse(String name) {
    for (FaultKind k : values()) {
      if (k.cliName.equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown fault kind " + name + " (one of "
        + Arrays.stream(values()).map(FaultKind::cliName).collect(Collectors.joining(", ")) + ")");
  }

  @Override
  public String toString() {
    return cliName;
  }
}
