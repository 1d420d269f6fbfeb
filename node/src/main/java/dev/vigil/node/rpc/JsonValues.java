package dev.vigil.node.rpc;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;

/** Checks that a method's result is a JSON value before it is serialized. */
final class JsonValues {
  private JsonValues() {}

  /** Fails (as an internal error) on a result that JSON cannot carry. */
  static Future<Object> check(String method, Object result) {
    if (result == null || result instanceof String || result instanceof Number
        || result instanceof Boolean || result instanceof JsonObject
        || result instanceof JsonArray || result instanceof Map || result instanceof List) {
      return Future.succeededFuture(result);
    }
    return Future.failedFuture(new IllegalStateException(
        method + " returned a " + result.getClass().getName() + ", not a JSON value"));
  }
}
