package dev.vigil.node.rpc;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.util.Optional;

/**
 * JSON-RPC over HTTP POST on any path, straight on Vert.x's request (no router): the body is
 * gathered up to the limit and handed to the dispatcher. Every answer, errors included, is HTTP
 * 200; a notification gets 204, a body over the limit 413 with a JSON-RPC error, any other
 * method 405. A body over the limit is read to its end and dropped, so the connection stays
 * usable.
 */
final class HttpRpcHandler implements Handler<HttpServerRequest> {
  private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");

  private final JsonRpcDispatcher dispatcher;
  private final int maxBody;

  HttpRpcHandler(JsonRpcDispatcher dispatcher, int maxBody) {
    this.dispatcher = dispatcher;
    this.maxBody = maxBody;
  }

  @Override
  public void handle(HttpServerRequest req) {
    if (req.method() != HttpMethod.POST) {
      req.response().setStatusCode(405).end();
      return;
    }
    BodyUpTo body = new BodyUpTo(maxBody, declaredLength(req));
    req.handler(body::append);
    req.exceptionHandler(e -> req.connection().close());
    req.endHandler(v -> {
      if (body.tooLarge()) {
        tooLarge(req.response());
      } else {
        dispatcher.dispatch(body.buffer()).onComplete(ar -> {
          if (ar.succeeded()) {
            reply(req.response(), ar.result());
          } else {
            req.response().setStatusCode(500).end();
          }
        });
      }
    });
  }

  private static long declaredLength(HttpServerRequest req) {
    String length = req.getHeader(HttpHeaders.CONTENT_LENGTH);
    try {
      return length == null ? -1 : Long.parseLong(length.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void reply(HttpServerResponse response, Optional<Buffer> answer) {
    if (answer.isEmpty()) {
      response.setStatusCode(204).end();
    } else {
      response.putHeader(HttpHeaders.CONTENT_TYPE, JSON).end(answer.get());
    }
  }

  private void tooLarge(HttpServerResponse response) {
    JsonObject error = new JsonRpcError(JsonRpcException.INVALID_REQUEST,
        "request body too large, limit " + maxBody + " bytes", null).toJson();
    response.setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, JSON)
        .end(new JsonObject().put("jsonrpc", "2.0").putNull("id").put("error", error).toBuffer());
  }

  /** A request body kept while it stays within the limit, only counted past it. */
  private static final class BodyUpTo {
    private final int max;
    private Buffer buffer;
    private long length;

    BodyUpTo(int max, long declared) {
      this.max = max;
      this.length = declared > max ? declared : 0;
      this.buffer = declared > 0 && declared <= max ? Buffer.buffer((int) declared) : Buffer.buffer();
    }

    void append(Buffer chunk) {
      if (tooLarge()) {
        return;
      }
      length += chunk.length();
      if (tooLarge()) {
        buffer = null;
      } else {
        buffer.appendBuffer(chunk);
      }
    }

    boolean tooLarge() {
      return length > max;
    }

    Buffer buffer() {
      return buffer;
    }
  }
}
