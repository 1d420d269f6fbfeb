package dev.vigil.node.storage;

import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * A sorted key-value store. Keys order as unsigned bytes. Single writes are
 * atomic one by one; a {@link WriteBatch} is atomic as a whole. Reads of an
 * iteration see one consistent snapshot. Implementations are thread-safe; every
 * operation after {@link #close()} throws {@link IllegalStateException}.
 *
 * <p>The raw methods work on whole stored keys; the typed overloads go through a
 * {@link Column}.
 */
public interface KvStore extends AutoCloseable {

  Optional<Bytes> get(Bytes key);

  void put(Bytes key, Bytes value);

  void delete(Bytes key);

  /**
   * Visits, in ascending key order, the entries whose key starts with
   * {@code prefix} and is {@code >= from} ({@code from} itself starts with
   * {@code prefix}), until {@code visitor} returns false. The visitor must not
   * close the store.
   */
  void scan(Bytes prefix, Bytes from, BiPredicate<Bytes, Bytes> visitor);

  /** The entry with the greatest key starting with {@code prefix}. */
  Optional<KvEntry<Bytes, Bytes>> last(Bytes prefix);

  /** A new, empty batch of writes for this store; nothing is written before its commit. */
  WriteBatch newBatch();

  /** Releases the store; idempotent. Waits for operations in progress. */
  @Override
  void close();

  default <K, V> Optional<V> get(Column<K, V> column, K key) {
    return get(column.storedKey(key)).map(column.values()::decode);
  }

  default <K, V> void put(Column<K, V> column, K key, V value) {
    put(column.storedKey(key), column.values().encode(value));
  }

  default <K, V> void delete(Column<K, V> column, K key) {
    delete(column.storedKey(key));
  }

  /** Visits the column in key order until {@code visitor} returns false. */
  default <K, V> void forEach(Column<K, V> column, BiPredicate<K, V> visitor) {
    Bytes prefix = column.prefix();
    scan(prefix, prefix, typed(column, visitor));
  }

  /** Visits the column's entries whose encoded key starts with {@code keyPrefix}. */
  default <K, V> void forEach(Column<K, V> column, Bytes keyPrefix, BiPredicate<K, V> visitor) {
    Bytes prefix = Bytes.concat(column.prefix(), keyPrefix);
    scan(prefix, prefix, typed(column, visitor));
  }

  /** Visits the column from key {@code from} (inclusive) upwards. */
  default <K, V> void forEachFrom(Column<K, V> column, K from, BiPredicate<K, V> visitor) {
    scan(column.prefix(), column.storedKey(from), typed(column, visitor));
  }

  /** All entries of the column, in key order: for small columns and tests. */
  default <K, V> List<KvEntry<K, V>> entries(Column<K, V> column) {
    List<KvEntry<K, V>> out = new ArrayList<>();
    forEach(column, (k, v) -> out.add(new KvEntry<>(k, v)));
    return out;
  }

  /** The column's entry with the greatest key (e.g. the head block). */
  default <K, V> Optional<KvEntry<K, V>> last(Column<K, V> column) {
    return last(column.prefix()).map(
        e -> new KvEntry<>(column.key(e.key()), column.values().decode(e.value())));
  }

  private static <K, V> BiPredicate<Bytes, Bytes> typed(Column<K, V> column, BiPredicate<K, V> v) {
    return (k, val) -> v.test(column.key(k), column.values().decode(val));
  }
}
