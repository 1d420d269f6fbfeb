package dev.vigil.node.storage;

import dev.vigil.protocol.bytes.Bytes;

/**
 * Turns a typed key or value into the bytes stored under a column. For keys the
 * encoding decides the iteration order: stores sort keys as unsigned bytes.
 */
public interface Codec<T> {
  Bytes encode(T value);

  /** Throws {@link IllegalArgumentException} on bytes this codec never writes. */
  T decode(Bytes bytes);
}
