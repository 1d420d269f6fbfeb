package dev.vigil.node.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes32;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LevelDbStoreTest extends KvStoreContractTest {
  @TempDir
  Path dir;

  @Override
  KvStore open() {
    return LevelDbStore.open(dir.resolve("db"));
  }

  @Override
  KvStore reopen(KvStore closed) {
    return LevelDbStore.open(((LevelDbStore) closed).dir());
  }

  @Test
  void writesRealFilesInTheDirectory() throws Exception {
    store.put(ROOTS, 1L, Bytes32.ZERO);
    assertTrue(Files.exists(dir.resolve("db").resolve("CURRENT")));
  }

  @Test
  void secondOpenOfTheSameDirectoryFailsWithItsPath() {
    StorageException e = assertThrows(StorageException.class, this::open);
    assertTrue(e.getMessage().contains(dir.resolve("db").toString()), e.getMessage());
  }

  @Test
  void manyBatchedWritesReadBackAfterReopen() {
    try (WriteBatch batch = store.newBatch()) {
      for (long i = 0; i < 10_000; i++) {
        batch.put(ROOTS, i, Bytes32.fromLong(i * 3));
      }
      batch.commit(true);
    }
    store.close();
    store = reopen(store);
    assertEquals(10_000, store.entries(ROOTS).size());
    assertEquals(Optional.of(Bytes32.fromLong(9_999 * 3)), store.get(ROOTS, 9_999L));
  }
}
