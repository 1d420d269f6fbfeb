package dev.vigil.node.storage;

import dev.vigil.protocol.bytes.Bytes;
import java.io.IOException;
import java.util.Objects;

/** A native LevelDB write batch; freed on close. */
final class LevelDbWriteBatch implements WriteBatch {
  private final LevelDbStore store;
  private final org.iq80.leveldb.WriteBatch batch;
  private int size;
  private boolean done;
  private boolean freed;

  LevelDbWriteBatch(LevelDbStore store, org.iq80.leveldb.WriteBatch batch) {
    this.store = store;
    this.batch = batch;
  }

  @Override
  public WriteBatch put(Bytes key, Bytes value) {
    checkOpen();
    batch.put(key.unsafeArray(), Objects.requireNonNull(value, "value").unsafeArray());
    size++;
    return this;
  }

  @Override
  public WriteBatch delete(Bytes key) {
    checkOpen();
    batch.delete(key.unsafeArray());
    size++;
    return this;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public void commit(boolean sync) {
    checkOpen();
    done = true;
    store.write(batch, sync);
  }

  @Override
  public void close() {
    if (!freed) {
      done = true;
      freed = true;
      try {
        batch.close();
      } catch (IOException e) {
        throw new StorageException("freeing a LevelDB write batch failed", e);
      }
    }
  }

  private void checkOpen() {
    if (done) {
      throw new IllegalStateException("write batch already committed or closed");
    }
  }
}
