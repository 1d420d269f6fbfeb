package dev.vigil.protocol.rlp;

/**
 * Input that is not canonical RLP, or not the shape the caller expects. The
 * message is the reason, worded like Geth's ("rlp: ...") so it can be returned
 * as a JSON-RPC error. Malformed bytes arrive from anyone, so the exception
 * carries no stack trace: refusing junk must stay cheap.
 */
public final class RlpException extends Exception {
  public RlpException(String reason) {
    super(reason, null, false, false);
  }
}
