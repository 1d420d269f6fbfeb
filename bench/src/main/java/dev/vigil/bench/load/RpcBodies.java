package dev.vigil.bench.load;

import dev.vigil.protocol.bytes.Bytes;
import java.nio.charset.StandardCharsets;

/** The JSON-RPC request bodies the load generator sends, built before the clock starts. */
final class RpcBodies {
  private RpcBodies() {}

  static byte[] sendRaw(Bytes raw, long id) {
    return ("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"eth_sendRawTransaction\",\"params\":[\""
        + raw.toHex() + "\"]}").getBytes(StandardCharsets.US_ASCII);
  }
}
