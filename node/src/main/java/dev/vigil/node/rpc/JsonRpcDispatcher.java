package dev.vigil.node.rpc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JSON-RPC 2.0 over any transport: takes a request body, answers with the
 * response body, or with nothing when every request was a notification. The
 * HTTP transport calls it with the shared methods only; the WebSocket transport adds the
 * methods bound to its connection.
 */
public final class JsonRpcDispatcher {
  /** No connection-bound methods (HTTP). */
  private static final JsonRpcMethods NO_SESSION = new JsonRpcMethods();

  private final Vertx vertx;
  private final JsonRpcMethods methods;
  private final int maxBatchLength;

  public JsonRpcDispatcher(Vertx vertx, JsonRpcMethods methods, int maxBatchLength) {
    if (maxBatchLength < 1) {
      throw new IllegalArgumentException("maxBatchLength must be at least 1");
    }
    this.vertx = vertx;
    this.methods = methods;
    this.maxBatchLength = maxBatchLength;
  }

  /** The response body for {@code body}; empty when nothing is to be sent back. */
  public Future<Optional<Buffer>> dispatch(Buffer body) {
    return dispatch(body, NO_SESSION);
  }

  /** As {@link #dispatch(Buffer)}, looking methods up in {@code session} first. */
  public Future<Optional<Buffer>> dispatch(Buffer body, JsonRpcMethods session) {
    Object parsed;
    try {
      parsed = Json.decodeValue(body);
    } catch (DecodeException e) {
      return answer(errorResponse(null,
          new JsonRpcError(JsonRpcException.PARSE_ERROR, "parse error", null)));
    }
    if (parsed instanceof JsonArray batch) {
      return dispatchBatch(batch, session);
    }
    return dispatchOne(parsed, session).map(r -> r.map(JsonObject::toBuffer));
  }

  private Future<Optional<Buffer>> dispatchBatch(JsonArray batch, JsonRpcMethods session) {
    if (batch.isEmpty()) {
      return answer(invalidRequest(null, "empty batch"));
    }
    if (batch.size() > maxBatchLength) {
      return answer(invalidRequest(null,
          "batch too large: " + batch.size() + " requests, limit " + maxBatchLength));
    }
    List<Future<Optional<JsonObject>>> parts = new ArrayList<>(batch.size());
    for (Object request : batch) {
      parts.add(dispatchOne(request, session));
    }
    return Future.all(parts).map(done -> {
      JsonArray responses = new JsonArray();
      for (Future<Optional<JsonObject>> part : parts) {
        part.result().ifPresent(responses::add);
      }
      return responses.isEmpty() ? Optional.empty() : Optional.of(responses.toBuffer());
    });
  }

  /**
   * One request object; never fails. Invalid requests are answered even without
   * an id (JSON-RPC 2.0 section 5), with a null id when the id itself is bad.
   */
  public Future<Optional<JsonObject>> dispatchOne(Object request) {
    return dispatchOne(request, NO_SESSION);
  }

  /** As {@link #dispatchOne(Object)}, looking methods up in {@code session} first. */
  public Future<Optional<JsonObject>> dispatchOne(Object request, JsonRpcMethods session) {
    if (!(request instanceof JsonObject json)) {
      return Future.succeededFuture(Optional.of(invalidRequest(null, "request must be an object")));
    }
    Object id = json.getValue("id");
    if (id != null && !(id instanceof String) && !(id instanceof Number)) {
      return Future.succeededFuture(Optional.of(invalidRequest(null, "id must be a string, a number or null")));
    }
    boolean notification = !json.containsKey("id");
    if (!"2.0".equals(json.getValue("jsonrpc"))) {
      return Future.succeededFuture(Optional.of(invalidRequest(id, "jsonrpc must be \"2.0\"")));
    }
    if (!(json.getValue("method") instanceof String name)) {
      return Future.succeededFuture(Optional.of(invalidRequest(id, "method must be a string")));
    }
    return call(name, json.getValue("params"), session)
        .map(result -> new JsonObject().put("jsonrpc", "2.0").put("id", id).put("result", result))
        .otherwise(failure -> errorResponse(id, JsonRpcError.of(failure)))
        .map(response -> notification ? Optional.<JsonObject>empty() : Optional.of(response));
  }

  private Future<Object> call(String name, Object params, JsonRpcMethods session) {
    Optional<JsonRpcMethod> method = session.find(name).or(() -> methods.find(name));
    if (method.isEmpty()) {
      return Future.failedFuture(new JsonRpcException(JsonRpcException.METHOD_NOT_FOUND,
          "the method " + name + " does not exist/is not available"));
    }
    if (params != null && !(params instanceof JsonArray)) {
      return Future.failedFuture(JsonRpcException.invalidParams("params must be an array"));
    }
    JsonArray args = params == null ? new JsonArray() : (JsonArray) params;
    return invoke(method.get(), args).compose(result -> JsonValues.check(name, result));
  }

  private Future<Object> invoke(JsonRpcMethod method, JsonArray args) {
    if (method instanceof JsonRpcMethod.Blocking blocking) {
      return vertx.executeBlocking(() -> blocking.handle(args), false);
    }
    try {
      Future<Object> result = ((JsonRpcMethod.Async) method).handle(args);
      return result == null
          ? Future.failedFuture(new IllegalStateException(method.name() + " returned no future"))
          : result;
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private static Future<Optional<Buffer>> answer(JsonObject response) {
    return Future.succeededFuture(Optional.of(response.toBuffer()));
  }

  private static JsonObject invalidRequest(Object id, String message) {
    return errorResponse(id, new JsonRpcError(JsonRpcException.INVALID_REQUEST, message, null));
  }

  private static JsonObject errorResponse(Object id, JsonRpcError error) {
    return new JsonObject().put("jsonrpc", "2.0").put("id", id).put("error", error.toJson());
  }
}
