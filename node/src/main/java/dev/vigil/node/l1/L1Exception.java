package dev.vigil.node.l1;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * An L1 call failed. The message names the JSON-RPC method and the L1 URL; a
 * transport failure (no connection, timeout) is told apart from an error answer
 * of the node, which keeps its code and data.
 */
public class L1Exception extends RuntimeException {
  private final String method;
  private final String url;
  private final boolean transport;
  private final Integer rpcCode;
  private final String rpcData;

  L1Exception(String method, String url, String message, boolean transport, Integer rpcCode,
      String rpcData, Throwable cause) {
    super("L1 " + method + " at " + url + ": " + message, cause);
    this.method = method;
    this.url = url;
    this.transport = transport;
    this.rpcCode = rpcCode;
    this.rpcData = rpcData;
  }

  /** The L1 node could not be reached or did not answer in time. */
  static L1Exception transport(String method, String url, String message, Throwable cause) {
    return new L1Exception(method, url, message, true, null, null, cause);
  }

  /** The L1 node answered with a JSON-RPC error. */
  static L1Exception rpc(String method, String url, int code, String message, String data) {
    return new L1Exception(method, url, message + " (code " + code + ")", false, code, data, null);
  }

  /** Anything else: an unexpected answer, a receipt that never came. */
  public static L1Exception other(String method, String url, String message, Throwable cause) {
    return new L1Exception(method, url, message, false, null, null, cause);
  }

  public String method() {
    return method;
  }

  public String url() {
    return url;
  }

  /** Whether the L1 node could not be reached: retrying later may succeed. */
  public boolean isTransport() {
    return transport;
  }

  public OptionalInt rpcCode() {
    return rpcCode == null ? OptionalInt.empty() : OptionalInt.of(rpcCode);
  }

  public Optional<String> rpcData() {
    return Optional.ofNullable(rpcData);
  }

  /** The node's error message, lower case, for classifying known errors ("nonce too low"). */
  String rpcMessageLower() {
    return rpcCode == null ? "" : getMessage().toLowerCase(java.util.Locale.ROOT);
  }
}
