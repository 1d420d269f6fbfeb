package dev.vigil.verifier.fraud;

/** Where one fraud proof of this verifier stands. The declaration order is the stored code. */
public enum ProofStatus {
  /** Built and being sent, or to be sent again after a restart or an unreachable L1. */
  PENDING("pending"),
  /** This verifier's proof was included on L1: the batch and those after it are reverted. */
  INCLUDED("included"),
  /** Another challenger reverted the batch first (or it is no longer on L1): nothing to do. */
  STOOD_DOWN("stoodDown"),
  /** L1 refused the proof for another reason (window passed, or the contract disagrees). */
  FAILED("failed");

  private final String json;

  ProofStatus(String json) {
    this.json = json;
  }

  /** The name {@code rollup_status} shows. */
  public String json() {
    return json;
  }

  public boolean isFinal() {
    return this != PENDING;
  }
}
