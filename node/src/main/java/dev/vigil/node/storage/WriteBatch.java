package dev.vigil.node.storage;

import dev.vigil.protocol.bytes.Bytes;

/**
 * Writes collected in memory and applied to the store all together or not at
 * all. Within a batch, a later write to a key wins. A batch is committed at
 * most once; closing it without a commit discards it.
 */
public interface WriteBatch extends AutoCloseable {

  WriteBatch put(Bytes key, Bytes value);

  WriteBatch delete(Bytes key);

  /** Number of writes collected so far. */
  int size();

  /**
   * Applies every write atomically. With {@code sync} the call returns only once
   * the writes are on disk (they survive a machine crash, not only a process crash).
   */
  void commit(boolean sync);

  default void commit() {
    commit(false);
  }

  /** Frees the batch; a batch not committed is discarded. Idempotent. */
  @Override
  void close();

  default <K, V> WriteBatch put(Column<K, V> column, K key, V value) {
    return put(column.storedKey(key), column.values().encode(value));
  }

  default <K, V> WriteBatch delete(Column<K, V> column, K key) {
    return delete(column.storedKey(key));
  }
}
