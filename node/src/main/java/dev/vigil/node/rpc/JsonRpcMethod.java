package dev.vigil.node.rpc;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import java.util.Objects;
import java.util.function.Function;

/**
 * One JSON-RPC method. A result is a JSON value: null, String, Number, Boolean,
 * JsonObject, JsonArray (or a Map/List of those). Failures are
 * {@link JsonRpcException}s; anything else becomes an internal error.
 *
 * <p>{@link Async} methods run on the event loop and must not block;
 * {@link Blocking} methods (LevelDB reads, Web3j calls) run on a worker thread.
 */
public sealed interface JsonRpcMethod permits JsonRpcMethod.Async, JsonRpcMethod.Blocking {

  String name();

  /** A method that answers with a Future and never blocks the calling thread. */
  non-sealed interface Async extends JsonRpcMethod {
    Future<Object> handle(JsonArray params);
  }

  /** A method that may block; the dispatcher runs it with {@code executeBlocking}. */
  non-sealed interface Blocking extends JsonRpcMethod {
    Object handle(JsonArray params) throws Exception;
  }

  /** The body of a blocking method given as a lambda. */
  @FunctionalInterface
  interface BlockingBody {
    Object handle(JsonArray params) throws Exception;
  }

  static Async async(String name, Function<JsonArray, Future<Object>> body) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    return new Async() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Future<Object> handle(JsonArray params) {
        return body.apply(params);
      }
    };
  }

  static Blocking blocking(String name, BlockingBody body) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(body, "body");
    return new Blocking() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Object handle(JsonArray params) throws Exception {
        return body.handle(params);
      }
    };
  }
}
