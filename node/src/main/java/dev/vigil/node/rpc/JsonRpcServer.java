package dev.vigil.node.rpc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.Optional;

/**
 * JSON-RPC over HTTP POST (any path). Every JSON-RPC answer, errors included,
 * is HTTP 200; only notifications get 204 and oversized bodies 413.
 */
public final class JsonRpcServer {
  private final HttpServer server;
  private final JsonRpcServerConfig config;

  private JsonRpcServer(HttpServer server, JsonRpcServerConfig config) {
    this.server = server;
    this.config = config;
  }

  /** Starts listening; the future completes once the port is bound. */
  public static Future<JsonRpcServer> start(Vertx vertx, JsonRpcMethods methods, JsonRpcServerConfig config) {
    JsonRpcDispatcher dispatcher = new JsonRpcDispatcher(vertx, methods, config.maxBatchLength());
    Router router = Router.router(vertx);
    router.post()
        .handler(BodyHandler.create(false).setBodyLimit(config.maxBodyBytes()))
        .handler(ctx -> handle(dispatcher, ctx));
    router.route().failureHandler(ctx -> fail(ctx, config));
    return vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port()))
        .requestHandler(router)
        .listen()
        .map(server -> new JsonRpcServer(server, config));
  }

  private static void handle(JsonRpcDispatcher dispatcher, RoutingContext ctx) {
    Buffer body = ctx.body().buffer();
    dispatcher.dispatch(body == null ? Buffer.buffer() : body)
        .onSuccess(response -> reply(ctx, response))
        .onFailure(ctx::fail);
  }

  private static void reply(RoutingContext ctx, Optional<Buffer> response) {
    if (response.isEmpty()) {
      ctx.response().setStatusCode(204).end();
    } else {
      ctx.response().putHeader("Content-Type", "application/json").end(response.get());
    }
  }

  private static void fail(RoutingContext ctx, JsonRpcServerConfig config) {
    if (ctx.statusCode() == 413) {
      JsonObject error = new JsonRpcError(JsonRpcException.INVALID_REQUEST,
          "request body too large, limit " + config.maxBodyBytes() + " bytes", null).toJson();
      ctx.response().setStatusCode(413).putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("jsonrpc", "2.0").putNull("id").put("error", error).toBuffer());
      return;
    }
    ctx.response().setStatusCode(ctx.statusCode() < 0 ? 500 : ctx.statusCode()).end();
  }

  public int port() {
    return server.actualPort();
  }

  public String host() {
    return config.host();
  }

  public String url() {
    return "http://" + config.host() + ":" + port();
  }

  public Future<Void> stop() {
    return server.close();
  }
}
