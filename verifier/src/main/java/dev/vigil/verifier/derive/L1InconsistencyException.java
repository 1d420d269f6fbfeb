package dev.vigil.verifier.derive;

/**
 * L1 data contradicts itself: a logged commitment differs from what its own calldata gives, or a
 * batch does not continue the previous one. The contract computed those commitments, so this is a
 * broken L1 endpoint or binding, not fraud; the verifier stops rather than derive a wrong state.
 */
public final class L1InconsistencyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public L1InconsistencyException(String message) {
    super(message);
  }

  public L1InconsistencyException(String message, Throwable cause) {
    super(message, cause);
  }
}
