package dev.vigil.node.rpc;

/**
 * The methods bound to one WebSocket connection (e.g. {@code eth_subscribe}); they are looked
 * up before the server's shared methods, so they may replace an HTTP-only answer of the same name.
 */
@FunctionalInterface
public interface SessionMethods {
  SessionMethods NONE = session -> new JsonRpcMethods();

  JsonRpcMethods forSession(RpcSession session);
}
