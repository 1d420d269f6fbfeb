package dev.vigil.node.storage;

import dev.vigil.protocol.bytes.Bytes;
import java.util.Objects;

/**
 * A typed column: every key of the column is stored as {@code u8(id) || keyCodec(key)},
 * so columns never overlap and each iterates on its own in key order.
 *
 * @param id the one-byte prefix, 0..255, unique within a store's schema
 * @param name for messages only
 */
public record Column<K, V>(int id, String name, Codec<K> keys, Codec<V> values) {
  public Column {
    if (id < 0 || id > 255) {
      throw new IllegalArgumentException("column id must fit in one byte: " + id);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(keys, "keys");
    Objects.requireNonNull(values, "values");
  }

  public static <K, V> Column<K, V> of(int id, String name, Codec<K> keys, Codec<V> values) {
    return new Column<>(id, name, keys, values);
  }

  /** The one-byte prefix all of this column's stored keys start with. */
  public Bytes prefix() {
    return Bytes.of((byte) id);
  }

  /** The stored key of {@code key}. */
  public Bytes storedKey(K key) {
    return Bytes.concat(prefix(), keys.encode(key));
  }

  /** The typed key of a stored key of this column. */
  public K key(Bytes storedKey) {
    if (storedKey.isEmpty() || storedKey.getUnsigned(0) != id) {
      throw new IllegalArgumentException("key " + storedKey + " is not in column " + name);
    }
    return keys.decode(storedKey.slice(1));
  }
}
