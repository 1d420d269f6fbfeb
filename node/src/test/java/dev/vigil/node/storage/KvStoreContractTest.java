package dev.vigil.node.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link KvStore} must have; run against each implementation. */
abstract class KvStoreContractTest {
  static final Column<Long, Bytes32> ROOTS = Column.of(1, "roots", Codecs.UINT64, Codecs.BYTES32);
  static final Column<Bytes, String> NAMES = Column.of(2, "names", Codecs.BYTES, Codecs.UTF8);
  static final Column<Long, Long> LAST = Column.of(255, "last", Codecs.UINT64, Codecs.UINT64);

  KvStore store;

  abstract KvStore open();

  /** A new store over the contents of {@code closed}, which is closed. */
  abstract KvStore reopen(KvStore closed);

  @BeforeEach
  void openStore() {
    store = open();
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  static Bytes b(String hex) {
    return Bytes.fromHex(hex);
  }

  @Test
  void getOfAbsentKeyIsEmpty() {
    assertEquals(Optional.empty(), store.get(b("0x01")));
    assertEquals(Optional.empty(), store.get(ROOTS, 7L));
  }

  @Test
  void putThenGetThenOverwriteThenDelete() {
    store.put(b("0x0102"), b("0xaa"));
    assertEquals(Optional.of(b("0xaa")), store.get(b("0x0102")));
    store.put(b("0x0102"), b("0xbbcc"));
    assertEquals(Optional.of(b("0xbbcc")), store.get(b("0x0102")));
    store.delete(b("0x0102"));
    assertEquals(Optional.empty(), store.get(b("0x0102")));
  }

  @Test
  void emptyValueIsStoredAndDistinctFromAbsent() {
    store.put(b("0x05"), Bytes.EMPTY);
    assertEquals(Optional.of(Bytes.EMPTY), store.get(b("0x05")));
  }

  @Test
  void typedColumnsRoundTripAndDoNotOverlap() {
    store.put(ROOTS, 3L, Bytes32.fromLong(33));
    store.put(NAMES, b("0x0000000000000003"), "three");
    assertEquals(Optional.of(Bytes32.fromLong(33)), store.get(ROOTS, 3L));
    assertEquals(Optional.of("three"), store.get(NAMES, b("0x0000000000000003")));
    assertEquals(Optional.of(b("0x010000000000000003")), store.entries(ROOTS).stream()
        .map(e -> ROOTS.storedKey(e.key())).findFirst());
    store.delete(ROOTS, 3L);
    assertEquals(Optional.empty(), store.get(ROOTS, 3L));
    assertEquals(Optional.of("three"), store.get(NAMES, b("0x0000000000000003")));
  }

  @Test
  void iterationIsInUnsignedKeyOrder() {
    List<Long> keys = new ArrayList<>(List.of(0L, 1L, 255L, 256L, 127L, 128L, 1L << 40, -1L));
    Collections.shuffle(keys, new Random(1));
    for (long k : keys) {
      store.put(ROOTS, k, Bytes32.fromLong(k));
    }
    store.put(NAMES, b("0x00"), "other column");
    List<Long> seen = new ArrayList<>();
    store.forEach(ROOTS, (k, v) -> {
      assertEquals(Bytes32.fromLong(k), v);
      return seen.add(k);
    });
    // -1 is 0xff..ff unsigned: the greatest key.
    assertEquals(List.of(0L, 1L, 127L, 128L, 255L, 256L, 1L << 40, -1L), seen);
  }

  @Test
  void iterationStopsWhenVisitorReturnsFalse() {
    for (long k = 0; k < 10; k++) {
      store.put(ROOTS, k, Bytes32.ZERO);
    }
    List<Long> seen = new ArrayList<>();
    store.forEach(ROOTS, (k, v) -> {
      seen.add(k);
      return k < 3;
    });
    assertEquals(List.of(0L, 1L, 2L, 3L), seen);
  }

  @Test
  void iterationByKeyPrefixAndFromAKey() {
    store.put(NAMES, b("0xaa01"), "a1");
    store.put(NAMES, b("0xaa02"), "a2");
    store.put(NAMES, b("0xab01"), "b1");
    store.put(NAMES, b("0xa9ff"), "before");
    List<String> prefixed = new ArrayList<>();
    store.forEach(NAMES, b("0xaa"), (k, v) -> prefixed.add(v));
    assertEquals(List.of("a1", "a2"), prefixed);
    List<String> from = new ArrayList<>();
    store.forEachFrom(NAMES, b("0xaa02"), (k, v) -> from.add(v));
    assertEquals(List.of("a2", "b1"), from);
  }

  @Test
  void scanRejectsAStartOutsideThePrefix() {
    assertThrows(IllegalArgumentException.class,
        () -> store.scan(b("0x01"), b("0x02"), (k, v) -> true));
  }

  @Test
  void lastFindsTheGreatestKeyOfAColumn() {
    assertEquals(Optional.empty(), store.last(ROOTS));
    store.put(ROOTS, 5L, Bytes32.fromLong(5));
    store.put(ROOTS, 300L, Bytes32.fromLong(300));
    store.put(ROOTS, 7L, Bytes32.fromLong(7));
    store.put(NAMES, b("0x00"), "next column");
    assertEquals(Optional.of(new KvEntry<>(300L, Bytes32.fromLong(300))), store.last(ROOTS));
    assertEquals(Optional.of(new KvEntry<>(b("0x00"), "next column")), store.last(NAMES));
  }

  @Test
  void lastOfTheFinalColumnAndOfAnEmptyColumnBetweenOthers() {
    store.put(ROOTS, 1L, Bytes32.ZERO);
    assertEquals(Optional.empty(), store.last(NAMES));
    assertEquals(Optional.empty(), store.last(LAST));
    store.put(LAST, 9L, 90L);
    store.put(LAST, 2L, 20L);
    assertEquals(Optional.of(new KvEntry<>(9L, 90L)), store.last(LAST));
    assertEquals(Optional.empty(), store.last(NAMES));
    assertEquals(Optional.of(new KvEntry<>(1L, Bytes32.ZERO)), store.last(ROOTS));
  }

  @Test
  void batchIsInvisibleUntilCommittedThenFullyVisible() {
    try (WriteBatch batch = store.newBatch()) {
      batch.put(ROOTS, 1L, Bytes32.fromLong(1)).put(ROOTS, 2L, Bytes32.fromLong(2));
      batch.put(NAMES, b("0x01"), "one");
      assertEquals(3, batch.size());
      assertEquals(Optional.empty(), store.get(ROOTS, 1L));
      batch.commit();
    }
    assertEquals(Optional.of(Bytes32.fromLong(1)), store.get(ROOTS, 1L));
    assertEquals(Optional.of(Bytes32.fromLong(2)), store.get(ROOTS, 2L));
    assertEquals(Optional.of("one"), store.get(NAMES, b("0x01")));
  }

  @Test
  void batchClosedWithoutCommitWritesNothing() {
    try (WriteBatch batch = store.newBatch()) {
      batch.put(ROOTS, 1L, Bytes32.fromLong(1));
    }
    assertEquals(Optional.empty(), store.get(ROOTS, 1L));
  }

  @Test
  void laterWriteInABatchWinsAndDeletesApply() {
    store.put(ROOTS, 9L, Bytes32.fromLong(9));
    try (WriteBatch batch = store.newBatch()) {
      batch.put(ROOTS, 1L, Bytes32.fromLong(1)).put(ROOTS, 1L, Bytes32.fromLong(11));
      batch.delete(ROOTS, 9L);
      batch.put(ROOTS, 2L, Bytes32.fromLong(2)).delete(ROOTS, 2L);
      batch.commit(true);
    }
    assertEquals(Optional.of(Bytes32.fromLong(11)), store.get(ROOTS, 1L));
    assertEquals(Optional.empty(), store.get(ROOTS, 9L));
    assertEquals(Optional.empty(), store.get(ROOTS, 2L));
  }

  @Test
  void batchCommitsOnlyOnce() {
    try (WriteBatch batch = store.newBatch()) {
      batch.put(ROOTS, 1L, Bytes32.ZERO);
      batch.commit();
      assertThrows(IllegalStateException.class, batch::commit);
      assertThrows(IllegalStateException.class, () -> batch.put(ROOTS, 2L, Bytes32.ZERO));
    }
  }

  @Test
  void readersNeverSeeHalfABatch() throws Exception {
    AtomicReference<String> torn = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted() && torn.get() == null) {
        List<Long> values = new ArrayList<>();
        store.forEach(LAST, (k, v) -> values.add(v));
        if (values.size() == 2 && !values.get(0).equals(values.get(1))) {
          torn.set("saw " + values);
        }
      }
    });
    reader.start();
    try {
      for (long i = 0; i < 3000 && torn.get() == null; i++) {
        try (WriteBatch batch = store.newBatch()) {
          batch.put(LAST, 1L, i).put(LAST, 2L, i).commit();
        }
      }
    } finally {
      reader.interrupt();
      reader.join(TimeUnit.SECONDS.toMillis(10));
    }
    assertEquals(null, torn.get());
  }

  @Test
  void dataSurvivesCloseAndReopen() {
    store.put(ROOTS, 1L, Bytes32.fromLong(1));
    try (WriteBatch batch = store.newBatch()) {
      batch.put(ROOTS, 2L, Bytes32.fromLong(2)).put(NAMES, b("0x02"), "two").commit(true);
    }
    store.close();
    store = reopen(store);
    assertEquals(Optional.of(Bytes32.fromLong(1)), store.get(ROOTS, 1L));
    assertEquals(Optional.of(Bytes32.fromLong(2)), store.get(ROOTS, 2L));
    assertEquals(Optional.of("two"), store.get(NAMES, b("0x02")));
    assertEquals(2, store.entries(ROOTS).size());
  }

  @Test
  void closedStoreRefusesEveryOperationAndCloseIsIdempotent() {
    WriteBatch pending = store.newBatch();
    pending.put(ROOTS, 1L, Bytes32.ZERO);
    store.close();
    store.close();
    assertThrows(IllegalStateException.class, () -> store.get(ROOTS, 1L));
    assertThrows(IllegalStateException.class, () -> store.put(ROOTS, 1L, Bytes32.ZERO));
    assertThrows(IllegalStateException.class, () -> store.delete(ROOTS, 1L));
    assertThrows(IllegalStateException.class, () -> store.forEach(ROOTS, (k, v) -> true));
    assertThrows(IllegalStateException.class, () -> store.last(ROOTS));
    assertThrows(IllegalStateException.class, store::newBatch);
    assertThrows(IllegalStateException.class, pending::commit);
    pending.close();
    store = reopen(store);
    assertFalse(store.get(ROOTS, 1L).isPresent(), "a batch refused by a closed store wrote nothing");
  }

  @Test
  void storedKeyDecodingRejectsAForeignColumn() {
    assertThrows(IllegalArgumentException.class, () -> ROOTS.key(b("0x020000000000000001")));
    assertTrue(ROOTS.storedKey(1L).equals(b("0x010000000000000001")));
  }
}
