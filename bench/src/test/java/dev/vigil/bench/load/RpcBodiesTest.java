package dev.vigil.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.protocol.bytes.Bytes;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RpcBodiesTest {
  @Test
  void batchBody_isAJsonRpcArrayWithConsecutiveIds() {
    List<Bytes> raws = List.of(Bytes.fromHex("0x01"), Bytes.fromHex("0x0203"), Bytes.fromHex("0x04"));
    JsonArray batch = new JsonArray(new String(RpcBodies.sendRawBatch(raws, 40), StandardCharsets.US_ASCII));
    assertEquals(3, batch.size());
    for (int i = 0; i < 3; i++) {
      JsonObject r = batch.getJsonObject(i);
      assertEquals("2.0", r.getString("jsonrpc"));
      assertEquals(40 + i, r.getInteger("id"));
      assertEquals("eth_sendRawTransaction", r.getString("method"));
      assertEquals(new JsonArray().add(raws.get(i).toHex()), r.getJsonArray("params"));
    }
  }

  @Test
  void oneTransaction_isAPlainRequest() {
    JsonObject r = new JsonObject(new String(RpcBodies.sendRawBatch(List.of(Bytes.fromHex("0x01")), 9),
        StandardCharsets.US_ASCII));
    assertEquals(9, r.getInteger("id"));
    assertEquals("0x01", r.getJsonArray("params").getString(0));
  }
}
