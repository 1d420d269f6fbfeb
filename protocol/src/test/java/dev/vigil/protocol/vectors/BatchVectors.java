package dev.vigil.protocol.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.batch.Batch;
import dev.vigil.protocol.batch.BatchCodec;
import dev.vigil.protocol.batch.BatchEntry;
import dev.vigil.protocol.batch.BatchFormatException;
import dev.vigil.protocol.batch.BlockSpec;
import dev.vigil.protocol.batch.CompactFixtures;
import dev.vigil.protocol.batch.TestBatches;
import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * batch.json: encoded batches with their queue start, blocks, entry leaves and entries root; and
 * malformed batches with the rule they break. The "too large" row (128 KiB) is left out of the
 * file to keep it small; BatchCodecTest covers it.
 */
final class BatchVectors implements VectorFile {
  @Override
  public String fileName() {
    return "batch.json";
  }

  @Override
  public Map<String, Object> generate() {
    Random rnd = new Random(SEED + 3);
    List<Object> valid = new ArrayList<>();
    valid.add(valid("three blocks, one empty, raw and compact entries", handMade(), 9));
    for (int i = 0; i < 3; i++) {
      long queueStart = rnd.nextInt(1000);
      valid.add(valid("random " + i, TestBatches.random(rnd, queueStart), queueStart));
    }
    List<BatchEntry> refs = new ArrayList<>();
    for (int i = 0; i < 33; i++) {
      refs.add(new BatchEntry.QueueRef(100 + i));
    }
    valid.add(valid("33 queue references", new Batch(List.of(new BlockSpec(1_700_000_000L, 33)), refs), 100));
    List<Object> malformed = new ArrayList<>();
    for (TestBatches.Malformed m : TestBatches.malformed()) {
      if (m.reason() != BatchFormatException.Reason.TOO_LARGE) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", m.name());
        row.put("batch", m.data().toHex());
        row.put("queueStart", m.queueStart());
        row.put("reason", m.reason().name());
        row.put("code", (long) m.reason().code());
        malformed.add(row);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("valid", valid);
    out.put("malformed", malformed);
    return out;
  }

  private static Batch handMade() {
    return new Batch(
        List.of(new BlockSpec(1_700_000_000L, 2), new BlockSpec(1_700_000_000L, 0), new BlockSpec(1_700_000_012L, 4)),
        List.of(
            new BatchEntry.Tx(Bytes.fromHex("0xdeadbeef")),
            new BatchEntry.QueueRef(9),
            new BatchEntry.QueueRef(10),
            new BatchEntry.Tx(Bytes.fromHex("0x02")),
            BatchEntry.Tx.of(CompactFixtures.random(new Random(SEED), TestBatches.CHAIN_ID), TestBatches.CHAIN_ID),
            BatchEntry.Tx.fromCompact(Bytes.fromHex("0xff"), TestBatches.CHAIN_ID)));
  }

  private static Map<String, Object> valid(String name, Batch batch, long queueStart) {
    List<Object> timestamps = new ArrayList<>();
    List<Object> counts = new ArrayList<>();
    for (BlockSpec b : batch.blocks()) {
      timestamps.add(b.timestamp());
      counts.add((long) b.entryCount());
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("batch", BatchCodec.encode(batch).toHex());
    m.put("queueStart", queueStart);
    m.put("queueEnd", queueStart + batch.queueCount());
    m.put("timestamps", timestamps);
    m.put("entryCounts", counts);
    m.put("leaves", VectorFile.hexList(batch.leaves()));
    m.put("entriesRoot", batch.entriesRoot().toHex());
    return m;
  }

  @Override
  public void check(Map<String, Object> json) throws BatchFormatException {
    for (Map<String, Object> v : VectorFile.objects(json.get("valid"))) {
      Bytes data = Bytes.fromHex((String) v.get("batch"));
      long queueStart = (Long) v.get("queueStart");
      Batch batch = BatchCodec.decode(data, queueStart, TestBatches.CHAIN_ID);
      assertEquals(data, BatchCodec.encode(batch));
      assertEquals((Long) v.get("queueEnd"), queueStart + batch.queueCount());
      List<Object> timestamps = new ArrayList<>();
      List<Object> counts = new ArrayList<>();
      for (BlockSpec b : batch.blocks()) {
        timestamps.add(b.timestamp());
        counts.add((long) b.entryCount());
      }
      assertEquals(v.get("timestamps"), timestamps);
      assertEquals(v.get("entryCounts"), counts);
      assertEquals(VectorFile.words(v.get("leaves")), batch.leaves());
      assertEquals(VectorFile.word(v.get("entriesRoot")), batch.entriesRoot());
    }
    for (Map<String, Object> m : VectorFile.objects(json.get("malformed"))) {
      Bytes data = Bytes.fromHex((String) m.get("batch"));
      BatchFormatException e = assertThrows(
          BatchFormatException.class, () -> BatchCodec.decode(data, (Long) m.get("queueStart"), TestBatches.CHAIN_ID));
      assertEquals(m.get("reason"), e.reason().name(), (String) m.get("name"));
      assertEquals(m.get("code"), (long) e.reason().code(), (String) m.get("name"));
    }
  }
}
