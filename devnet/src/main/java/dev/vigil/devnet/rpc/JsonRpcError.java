package dev.vigil.devnet.rpc;

/** A JSON-RPC error object answered by a node: its code and message, as the node sent them. */
public final class JsonRpcError extends RuntimeException {
  private final int code;
  private final String rpcMessage;

  public JsonRpcError(String method, int code, String rpcMessage) {
    super(method + " failed: " + code + " " + rpcMessage);
    this.code = code;
    this.rpcMessage = rpcMessage;
  }

  public int code() {
    return code;
  }

  public String rpcMessage() {
    return rpcMessage;
  }
}
