package dev.vigil.node.storage;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MemoryKvStoreTest extends KvStoreContractTest {
  @Override
  KvStore open() {
    return new MemoryKvStore();
  }

  @Override
  KvStore reopen(KvStore closed) {
    return ((MemoryKvStore) closed).reopen();
  }

  @Test
  void reopeningAnOpenStoreIsRefused() {
    assertThrows(IllegalStateException.class, ((MemoryKvStore) store)::reopen);
  }
}
