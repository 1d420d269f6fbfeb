package dev.vigil.node.client;

/** A JSON-RPC error object the node answered, or a transport failure (code 0). */
public final class RollupRpcException extends RuntimeException {
  private final int code;
  private final String rpcMessage;

  public RollupRpcException(String method, int code, String rpcMessage) {
    super(method + ": " + code + " " + rpcMessage);
    this.code = code;
    this.rpcMessage = rpcMessage;
  }

  RollupRpcException(String method, String what, Throwable cause) {
    super(method + ": " + what, cause);
    this.code = 0;
    this.rpcMessage = what;
  }

  /** The JSON-RPC error code (-32000 for "not available yet" answers), 0 for transport failures. */
  public int code() {
    return code;
  }

  /** The node's own error text. */
  public String rpcMessage() {
    return rpcMessage;
  }
}
