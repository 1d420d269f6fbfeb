package dev.vigil.node.rpc;

import io.vertx.core.json.JsonObject;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** A JSON-RPC error object. {@link #of(Throwable)} is the one mapping from exceptions. */
public record JsonRpcError(int code, String message, Object data) {
  private static final System.Logger LOG = System.getLogger(JsonRpcError.class.getName());

  public JsonRpcError {
    if (message == null) {
      throw new IllegalArgumentException("a JSON-RPC error needs a message");
    }
  }

  /**
   * The error a caller sees for a method's failure: a {@link JsonRpcException}
   * as it is, anything else as an internal error whose details are only logged
   * (they may name files, URLs or keys).
   */
  public static JsonRpcError of(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof JsonRpcException e) {
      return new JsonRpcError(e.code(), e.getMessage() == null ? "error" : e.getMessage(), e.data());
    }
    LOG.log(System.Logger.Level.WARNING, "JSON-RPC method failed", t);
    return new JsonRpcError(JsonRpcException.INTERNAL_ERROR, "internal error", null);
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject().put("code", code).put("message", message);
    if (data != null) {
      json.put("data", data);
    }
    return json;
  }
}
