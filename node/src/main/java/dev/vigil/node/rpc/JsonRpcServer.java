package dev.vigil.node.rpc;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;
import java.util.Optional;

/**
 * JSON-RPC over HTTP POST (any path) and over WebSocket on the same port. Every
 * HTTP JSON-RPC answer, errors included, is HTTP 200; only notifications get 204
 * and oversized bodies 413. A WebSocket message larger than the body limit closes
 * the connection with status 1009 (message too big).
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
    return start(vertx, methods, config, SessionMethods.NONE);
  }

  /** Starts listening, with {@code sessionMethods} bound to each WebSocket connection. */
  public static Future<JsonRpcServer> start(Vertx vertx, JsonRpcMethods methods, JsonRpcServerConfig config,
      SessionMethods sessionMethods) {
    JsonRpcDispatcher dispatcher = new JsonRpcDispatcher(vertx, methods, config.maxBatchLength());
    HttpServerOptions options = new HttpServerOptions().setHost(config.host()).setPort(config.port())
        .setMaxWebSocketMessageSize(config.maxBodyBytes())
        .setMaxWebSocketFrameSize(config.maxBodyBytes());
    return vertx.createHttpServer(options)
        .webSocketHandler(ws -> webSocket(dispatcher, sessionMethods, ws, config.maxBodyBytes()))
        .requestHandler(new HttpRpcHandler(dispatcher, config.maxBodyBytes()))
        .listen()
        .map(server -> new JsonRpcServer(server, config));
  }

  private static void webSocket(JsonRpcDispatcher dispatcher, SessionMethods sessionMethods,
      ServerWebSocket ws, int maxBody) {
    RpcSession session = new RpcSession(ws);
    JsonRpcMethods bound = sessionMethods.forSession(session);
    ws.closeHandler(v -> session.closed());
    ws.exceptionHandler(e -> onSocketError(ws, e, maxBody));
    ws.textMessageHandler(text -> answer(ws, session, dispatcher.dispatch(Buffer.buffer(text), bound)));
    ws.binaryMessageHandler(bytes -> answer(ws, session, dispatcher.dispatch(bytes, bound)));
  }

  /** A frame or message over the limit closes with 1009 and the limit; a closed peer needs nothing. */
  private static void onSocketError(ServerWebSocket ws, Throwable e, int maxBody) {
    if (e instanceof HttpClosedException || ws.isClosed()) {
      return;
    }
    if (e instanceof CorruptedWebSocketFrameException || isMessageOverflow(e)) {
      ws.close((short) 1009, "message too big, limit " + maxBody + " bytes");
    } else {
      ws.close((short) 1011, "internal error");
    }
  }

  /**
   * A message of several frames that outgrows the limit is reported by Vert.x's frame
   * aggregator as an IllegalStateException, not as a corrupted frame.
   */
  private static boolean isMessageOverflow(Throwable e) {
    return e instanceof IllegalStateException
        && e.getMessage() != null && e.getMessage().contains("max message size");
  }

  private static void answer(ServerWebSocket ws, RpcSession session, Future<Optional<Buffer>> response) {
    response.onSuccess(r -> r.ifPresent(b -> {
      if (session.isOpen()) {
        ws.writeTextMessage(b.toString());
      }
    }));
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

  /** The WebSocket endpoint: the same port as HTTP. */
  public String wsUrl() {
    return "ws://" + config.host() + ":" + port();
  }

  public Future<Void> stop() {
    return server.close();
  }
}
