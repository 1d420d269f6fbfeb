package dev.vigil.node.storage;

import java.util.Objects;

/** One key and its value, as read from a store. */
public record KvEntry<K, V>(K key, V value) {
  public KvEntry {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
