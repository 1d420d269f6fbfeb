package dev.vigil.sequencer.block;

import dev.vigil.node.storage.KvEntry;
import dev.vigil.node.storage.KvStore;
import dev.vigil.node.storage.MemoryKvStore;
import dev.vigil.node.storage.StorageException;
import dev.vigil.node.storage.WriteBatch;
import dev.vigil.protocol.bytes.Bytes;
import java.util.Optional;
import java.util.function.BiPredicate;

/** An in-memory store whose batch commits fail while {@link #failCommits} is set (a full disk). */
final class FailingKvStore implements KvStore {
  private final MemoryKvStore inner = new MemoryKvStore();
  volatile boolean failCommits;

  @Override
  public Optional<Bytes> get(Bytes key) {
    return inner.get(key);
  }

  @Override
  public void put(Bytes key, Bytes value) {
    inner.put(key, value);
  }

  @Override
  public void delete(Bytes key) {
    inner.delete(key);
  }

  @Override
  public void scan(Bytes prefix, Bytes from, BiPredicate<Bytes, Bytes> visitor) {
    inner.scan(prefix, from, visitor);
  }

  @Override
  public Optional<KvEntry<Bytes, Bytes>> last(Bytes prefix) {
    return inner.last(prefix);
  }

  @Override
  public WriteBatch newBatch() {
    WriteBatch batch = inner.newBatch();
    return new WriteBatch() {
      @Override
      public WriteBatch put(Bytes key, Bytes value) {
        batch.put(key, value);
        return this;
      }

      @Override
      public WriteBatch delete(Bytes key) {
        batch.delete(key);
        return this;
      }

      @Override
      public int size() {
        return batch.size();
      }

      @Override
      public void commit(boolean sync) {
        if (failCommits) {
          throw new StorageException("disk full (test)");
        }
        batch.commit(sync);
      }

      @Override
      public void close() {
        batch.close();
      }
    };
  }

  @Override
  public void close() {
    inner.close();
  }
}
