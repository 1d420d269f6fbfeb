package dev.vigil.bench.load;

import dev.vigil.protocol.bytes.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The JSON-RPC request bodies the load generator sends, built before the clock starts. */
final class RpcBodies {
  private RpcBodies() {}

  /** One {@code eth_sendRawTransaction} request whose id is {@code id}. */
  static byte[] sendRaw(Bytes raw, long id) {
    return request(raw, id).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * A JSON-RPC 2.0 batch (an array) of one {@code eth_sendRawTransaction} per transaction, the
   * ids counting from {@code firstId}; a single transaction is sent as a plain request.
   */
  static byte[] sendRawBatch(List<Bytes> raws, long firstId) {
    if (raws.size() == 1) {
      return sendRaw(raws.get(0), firstId);
    }
    StringBuilder b = new StringBuilder(raws.size() * 300).append('[');
    for (int i = 0; i < raws.size(); i++) {
      b.append(i == 0 ? "" : ",").append(request(raws.get(i), firstId + i));
    }
    return b.append(']').toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static String request(Bytes raw, long id) {
    return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"eth_sendRawTransaction\",\"params\":[\""
        + raw.toHex() + "\"]}";
  }
}
