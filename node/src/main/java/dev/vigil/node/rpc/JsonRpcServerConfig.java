package dev.vigil.node.rpc;

/**
 * Where and how much a JSON-RPC server accepts.
 *
 * @param port 0 picks a free port
 * @param maxBodyBytes larger request bodies get HTTP 413
 * @param maxBatchLength longer batches get one -32600 error
 */
public record JsonRpcServerConfig(String host, int port, int maxBodyBytes, int maxBatchLength) {
  public static final String LOCALHOST = "127.0.0.1";
  public static final int DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;
  public static final int DEFAULT_MAX_BATCH_LENGTH = 1000;

  public JsonRpcServerConfig {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host is required");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (maxBodyBytes < 1 || maxBatchLength < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** 127.0.0.1 on {@code port} with the default limits. */
  public static JsonRpcServerConfig localhost(int port) {
    return new JsonRpcServerConfig(LOCALHOST, port, DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_BATCH_LENGTH);
  }

  public JsonRpcServerConfig withLimits(int maxBodyBytes, int maxBatchLength) {
    return new JsonRpcServerConfig(host, port, maxBodyBytes, maxBatchLength);
  }
}
