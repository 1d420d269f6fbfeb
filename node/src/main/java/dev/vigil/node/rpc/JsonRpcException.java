package dev.vigil.node.rpc;

/**
 * An error a method reports to its caller as a JSON-RPC error object. Any other
 * exception a method throws becomes an internal error (-32603) whose details
 * stay in the server's log.
 *
 * @see JsonRpcError#of(Throwable)
 */
public final class JsonRpcException extends RuntimeException {
  public static final int PARSE_ERROR = -32700;
  public static final int INVALID_REQUEST = -32600;
  public static final int METHOD_NOT_FOUND = -32601;
  public static final int INVALID_PARAMS = -32602;
  public static final int INTERNAL_ERROR = -32603;

  private final int code;
  private final transient Object data;

  /** {@code data} is any JSON value (String, Number, JsonObject...) or null for none. */
  public JsonRpcException(int code, String message, Object data) {
    super(message, null, false, false);
    this.code = code;
    this.data = data;
  }

  public JsonRpcException(int code, String message) {
    this(code, message, null);
  }

  public static JsonRpcException invalidParams(String message) {
    return new JsonRpcException(INVALID_PARAMS, message);
  }

  public static JsonRpcException invalidRequest(String message) {
    return new JsonRpcException(INVALID_REQUEST, message);
  }

  public int code() {
    return code;
  }

  public Object data() {
    return data;
  }
}
