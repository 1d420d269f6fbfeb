package dev.vigil.node.storage;

import static org.fusesource.leveldbjni.JniDBFactory.factory;

import dev.vigil.protocol.bytes.Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.iq80.leveldb.DB;
import org.iq80.leveldb.DBException;
import org.iq80.leveldb.DBIterator;
import org.iq80.leveldb.Options;
import org.iq80.leveldb.ReadOptions;
import org.iq80.leveldb.Snapshot;
import org.iq80.leveldb.WriteOptions;

/**
 * {@link KvStore} on LevelDB through leveldbjni (native, bytewise key order).
 * Every operation holds a shared lock that {@link #close()} takes exclusively,
 * because using a closed native handle would crash the JVM, not throw.
 */
public final class LevelDbStore implements KvStore {
  private static final WriteOptions NO_SYNC = new WriteOptions().sync(false);
  private static final WriteOptions SYNC = new WriteOptions().sync(true);

  private final Path dir;
  private final DB db;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private boolean closed;

  private LevelDbStore(Path dir, DB db) {
    this.dir = dir;
    this.db = db;
  }

  /** Opens (creating if needed) the database in {@code dir}. One process at a time. */
  public static LevelDbStore open(Path dir) {
    try {
      Files.createDirectories(dir);
      Options options = new Options().createIfMissing(true);
      return new LevelDbStore(dir, factory.open(dir.toFile(), options));
    } catch (IOException | DBException e) {
      throw new StorageException("cannot open LevelDB at " + dir + ": " + e.getMessage(), e);
    }
  }

  public Path dir() {
    return dir;
  }

  @Override
  public Optional<Bytes> get(Bytes key) {
    return read("get", () -> Optional.ofNullable(db.get(key.unsafeArray())).map(Bytes::wrap));
  }

  @Override
  public void put(Bytes key, Bytes value) {
    Objects.requireNonNull(value, "value");
    read("put", () -> db.put(key.unsafeArray(), value.unsafeArray(), NO_SYNC));
  }

  @Override
  public void delete(Bytes key) {
    read("delete", () -> db.delete(key.unsafeArray(), NO_SYNC));
  }

  @Override
  public void scan(Bytes prefix, Bytes from, BiPredicate<Bytes, Bytes> visitor) {
    Keys.checkScanStart(prefix, from);
    withSnapshotIterator("scan", it -> {
      it.seek(from.unsafeArray());
      while (it.hasNext()) {
        Map.Entry<byte[], byte[]> e = it.next();
        Bytes key = Bytes.wrap(e.getKey());
        if (!Keys.startsWith(key, prefix) || !visitor.test(key, Bytes.wrap(e.getValue()))) {
          return null;
        }
      }
      return null;
    });
  }

  @Override
  public Optional<KvEntry<Bytes, Bytes>> last(Bytes prefix) {
    return withSnapshotIterator("last", it -> {
      Map.Entry<byte[], byte[]> e = lastBelow(it, Keys.upperBound(prefix));
      if (e == null || !Keys.startsWith(Bytes.wrap(e.getKey()), prefix)) {
        return Optional.empty();
      }
      return Optional.of(new KvEntry<>(Bytes.wrap(e.getKey()), Bytes.wrap(e.getValue())));
    });
  }

  /** The entry just below {@code upper}, or the very last entry without a bound. */
  private static Map.Entry<byte[], byte[]> lastBelow(DBIterator it, Optional<Bytes> upper) {
    if (upper.isPresent()) {
      it.seek(upper.get().unsafeArray());
      if (it.hasNext()) {
        return it.hasPrev() ? it.peekPrev() : null;
      }
    }
    // Past the end (or no bound): the last entry of the whole store is the candidate.
    it.seekToLast();
    return it.hasNext() ? it.peekNext() : null;
  }

  @Override
  public WriteBatch newBatch() {
    return read("newBatch", () -> new LevelDbWriteBatch(this, db.createWriteBatch()));
  }

  void write(org.iq80.leveldb.WriteBatch batch, boolean sync) {
    read("write batch", () -> db.write(batch, sync ? SYNC : NO_SYNC));
  }

  @Override
  public void close() {
    lock.writeLock().lock();
    try {
      if (!closed) {
        closed = true;
        db.close();
      }
    } catch (IOException e) {
      throw new StorageException("closing LevelDB at " + dir + " failed", e);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private interface IteratorOp<T> {
    T apply(DBIterator it) throws IOException;
  }

  private <T> T withSnapshotIterator(String op, IteratorOp<T> body) {
    return read(op, () -> {
      Snapshot snapshot = db.getSnapshot();
      try (DBIterator it = db.iterator(new ReadOptions().snapshot(snapshot))) {
        return body.apply(it);
      } catch (IOException e) {
        throw new StorageException("LevelDB " + op + " at " + dir + " failed", e);
      } finally {
        closeQuietly(snapshot);
      }
    });
  }

  private static void closeQuietly(Snapshot snapshot) {
    try {
      snapshot.close();
    } catch (IOException e) {
      // A snapshot release has no failure mode that matters once the read is done.
    }
  }

  private void read(String op, Runnable body) {
    read(op, () -> {
      body.run();
      return null;
    });
  }

  private <T> T read(String op, Supplier<T> body) {
    lock.readLock().lock();
    try {
      if (closed) {
        throw new IllegalStateException("LevelDB at " + dir + " is closed");
      }
      return body.get();
    } catch (DBException e) {
      throw new StorageException("LevelDB " + op + " at " + dir + " failed: " + e.getMessage(), e);
    } finally {
      lock.readLock().unlock();
    }
  }
}
