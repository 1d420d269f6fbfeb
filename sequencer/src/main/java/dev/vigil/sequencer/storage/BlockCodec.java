package dev.vigil.sequencer.storage;

import dev.vigil.node.storage.Codec;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.sequencer.block.BlockEntry;
import dev.vigil.sequencer.block.L2Block;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of an L2 block (local to this sequencer's database, not a wire format):
 *
 * <pre>
 * block  = u8(1) || u64(number) || b32(hash) || b32(parentHash) || u64(timestamp)
 *          || b32(stateRoot) || b32(entriesRoot) || u64(queueStart) || u32(count) || entry{count}
 * entry  = u8(0) || u16(len) || raw{len} || addr(sender) || u8(status) || u64(gasUsed) || b32(postRoot)
 *        | u8(1) || u64(queueIndex) || u64(l1Block) || u16(len) || item{len} || b32(postRoot)
 * </pre>
 */
public final class BlockCodec implements Codec<L2Block> {
  private static final int VERSION = 1;
  private static final int TX = 0;
  private static final int QUEUED = 1;

  @Override
  public Bytes encode(L2Block b) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    try (DataOutputStream out = new DataOutputStream(buf)) {
      out.writeByte(VERSION);
      out.writeLong(b.number());
      write(out, b.hash());
      write(out, b.parentHash());
      out.writeLong(b.timestamp());
      write(out, b.stateRoot());
      write(out, b.entriesRoot());
      out.writeLong(b.queueStart());
      out.writeInt(b.entries().size());
      for (BlockEntry e : b.entries()) {
        writeEntry(out, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Bytes.wrap(buf.toByteArray());
  }

  private static void writeEntry(DataOutputStream out, BlockEntry e) throws IOException {
    if (e instanceof BlockEntry.Tx t) {
      out.writeByte(TX);
      writeBytes(out, t.raw());
      out.write(t.sender().bytes().unsafeArray());
      out.writeByte(t.status());
      out.writeLong(t.gasUsed());
      write(out, t.postRoot());
    } else if (e instanceof BlockEntry.Queued q) {
      out.writeByte(QUEUED);
      out.writeLong(q.queueIndex());
      out.writeLong(q.l1Block());
      writeBytes(out, q.item().encode());
      write(out, q.postRoot());
    }
  }

  @Override
  public L2Block decode(Bytes bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.unsafeArray()))) {
      int version = in.readUnsignedByte();
      if (version != VERSION) {
        throw new IllegalArgumentException("unknown stored block version " + version);
      }
      long number = in.readLong();
      Bytes32 hash = read32(in);
      Bytes32 parentHash = read32(in);
      long timestamp = in.readLong();
      Bytes32 stateRoot = read32(in);
      Bytes32 entriesRoot = read32(in);
      long queueStart = in.readLong();
      int count = in.readInt();
      List<BlockEntry> entries = new ArrayList<>(Math.min(count, 1024));
      for (int i = 0; i < count; i++) {
        entries.add(readEntry(in));
      }
      if (in.available() != 0) {
        throw new IllegalArgumentException("trailing bytes after stored block " + number);
      }
      return new L2Block(number, hash, parentHash, timestamp, stateRoot, entriesRoot, queueStart, entries);
    } catch (IOException e) {
      throw new IllegalArgumentException("truncated stored block", e);
    }
  }

  private static BlockEntry readEntry(DataInputStream in) throws IOException {
    int kind = in.readUnsignedByte();
    if (kind == TX) {
      Bytes raw = readBytes(in);
      Address sender = new Address(Bytes.wrap(in.readNBytes(20)));
      int status = in.readUnsignedByte();
      long gasUsed = in.readLong();
      return new BlockEntry.Tx(raw, sender, status, gasUsed, read32(in));
    }
    if (kind == QUEUED) {
      long index = in.readLong();
      long l1Block = in.readLong();
      QueueItem item = QueueItem.decode(readBytes(in));
      return new BlockEntry.Queued(index, item, l1Block, read32(in));
    }
    throw new IllegalArgumentException("unknown stored entry kind " + kind);
  }

  private static void write(DataOutputStream out, Bytes32 word) throws IOException {
    out.write(word.unsafeArray());
  }

  private static void writeBytes(DataOutputStream out, Bytes b) throws IOException {
    out.writeShort(b.length());
    out.write(b.unsafeArray());
  }

  private static Bytes32 read32(DataInputStream in) throws IOException {
    byte[] b = in.readNBytes(32);
    if (b.length != 32) {
      throw new IOException("truncated word");
    }
    return Bytes32.wrap(b);
  }

  private static Bytes readBytes(DataInputStream in) throws IOException {
    int len = in.readUnsignedShort();
    byte[] b = in.readNBytes(len);
    if (b.length != len) {
      throw new IOException("truncated byte string");
    }
    return Bytes.wrap(b);
  }
}
