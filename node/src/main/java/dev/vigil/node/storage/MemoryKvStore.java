package dev.vigil.node.storage;

import dev.vigil.protocol.bytes.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiPredicate;
import java.util.function.Supplier;

/**
 * The in-memory twin of {@link LevelDbStore} for unit tests: same ordering,
 * same batch atomicity, same closed-store behaviour. {@link #reopen()} gives a
 * new store over the same contents, like reopening a LevelDB directory, so
 * restart paths can be tested without files.
 */
public final class MemoryKvStore implements KvStore {
  /** The "disk": shared by a store and the stores reopened from it. */
  private static final class Contents {
    final TreeMap<Bytes, Bytes> map = new TreeMap<>();
    final ReadWriteLock lock = new ReentrantReadWriteLock();
  }

  private final Contents contents;
  private volatile boolean closed;

  public MemoryKvStore() {
    this(new Contents());
  }

  private MemoryKvStore(Contents contents) {
    this.contents = contents;
  }

  /** A new open store over this store's contents; this store must be closed. */
  public MemoryKvStore reopen() {
    if (!closed) {
      throw new IllegalStateException("close the store before reopening it");
    }
    return new MemoryKvStore(contents);
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    return read(() -> Optional.ofNullable(contents.map.get(key)));
  }

  @Override
  public void put(Bytes key, Bytes value) {
    write(List.of(Write.put(key, value)));
  }

  @Override
  public void delete(Bytes key) {
    write(List.of(new Write(key, null)));
  }

  @Override
  public void scan(Bytes prefix, Bytes from, BiPredicate<Bytes, Bytes> visitor) {
    Keys.checkScanStart(prefix, from);
    // Copy under the lock, visit outside it: the visitor sees a snapshot and may write.
    // TreeMap entries are live nodes: copy them into immutable ones.
    List<KvEntry<Bytes, Bytes>> snapshot = read(() -> {
      Optional<Bytes> upper = Keys.upperBound(prefix);
      Map<Bytes, Bytes> range = upper.isPresent()
          ? contents.map.subMap(from, true, upper.get(), false)
          : contents.map.tailMap(from, true);
      List<KvEntry<Bytes, Bytes>> copy = new ArrayList<>(range.size());
      range.forEach((k, v) -> copy.add(new KvEntry<>(k, v)));
      return copy;
    });
    for (KvEntry<Bytes, Bytes> e : snapshot) {
      if (!visitor.test(e.key(), e.value())) {
        return;
      }
    }
  }

  @Override
  public Optional<KvEntry<Bytes, Bytes>> last(Bytes prefix) {
    return read(() -> {
      Optional<Bytes> upper = Keys.upperBound(prefix);
      Map.Entry<Bytes, Bytes> e = upper.isPresent()
          ? contents.map.lowerEntry(upper.get())
          : contents.map.lastEntry();
      return e != null && Keys.startsWith(e.getKey(), prefix)
          ? Optional.of(new KvEntry<>(e.getKey(), e.getValue()))
          : Optional.empty();
    });
  }

  @Override
  public WriteBatch newBatch() {
    checkOpen();
    return new Batch();
  }

  @Override
  public void close() {
    contents.lock.writeLock().lock();
    try {
      closed = true;
    } finally {
      contents.lock.writeLock().unlock();
    }
  }

  /** A put ({@code value != null}) or a delete. */
  private record Write(Bytes key, Bytes value) {
    Write {
      Objects.requireNonNull(key, "key");
    }

    static Write put(Bytes key, Bytes value) {
      return new Write(key, Objects.requireNonNull(value, "value"));
    }
  }

  private void write(List<Write> writes) {
    contents.lock.writeLock().lock();
    try {
      checkOpen();
      for (Write w : writes) {
        if (w.value == null) {
          contents.map.remove(w.key);
        } else {
          contents.map.put(w.key, w.value);
        }
      }
    } finally {
      contents.lock.writeLock().unlock();
    }
  }

  private <T> T read(Supplier<T> op) {
    contents.lock.readLock().lock();
    try {
      checkOpen();
      return op.get();
    } finally {
      contents.lock.readLock().unlock();
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("memory store is closed");
    }
  }

  private final class Batch implements WriteBatch {
    private final List<Write> writes = new ArrayList<>();
    private boolean done;

    @Override
    public WriteBatch put(Bytes key, Bytes value) {
      return add(Write.put(key, value));
    }

    @Override
    public WriteBatch delete(Bytes key) {
      return add(new Write(key, null));
    }

    private WriteBatch add(Write w) {
      if (done) {
        throw new IllegalStateException("write batch already committed or closed");
      }
      writes.add(w);
      return this;
    }

    @Override
    public int size() {
      return writes.size();
    }

    @Override
    public void commit(boolean sync) {
      if (done) {
        throw new IllegalStateException("write batch already committed or closed");
      }
      done = true;
      write(writes);
    }

    @Override
    public void close() {
      done = true;
    }
  }
}
