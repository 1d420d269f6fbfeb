package dev.vigil.sequencer.logs;

import dev.vigil.node.storage.Codec;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored form of {@link BlockLogs}:
 * {@code u32(txCount) || (u32(logCount) || (addr || u8(topicCount) || b32{topicCount} ||
 * u32(len) || data){logCount}){txCount} || u32(wCount) || (u64(index) || addr token ||
 * addr recipient || u256(amount)){wCount}}.
 */
public final class BlockLogsCodec implements Codec<BlockLogs> {
  @Override
  public Bytes encode(BlockLogs logs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    putInt(out, logs.perTx().size());
    for (List<LogEntry> tx : logs.perTx()) {
      putInt(out, tx.size());
      for (LogEntry log : tx) {
        out.writeBytes(log.address().bytes().unsafeArray());
        out.write(log.topics().size());
        log.topics().forEach(t -> out.writeBytes(t.unsafeArray()));
        putInt(out, log.data().length());
        out.writeBytes(log.data().unsafeArray());
      }
    }
    putInt(out, logs.withdrawals().size());
    for (Withdrawal w : logs.withdrawals()) {
      out.writeBytes(ByteBuffer.allocate(8).putLong(w.index()).array());
      out.writeBytes(w.token().bytes().unsafeArray());
      out.writeBytes(w.recipient().bytes().unsafeArray());
      out.writeBytes(Bytes32.fromBigInteger(w.amount()).unsafeArray());
    }
    return Bytes.wrap(out.toByteArray());
  }

  @Override
  public BlockLogs decode(Bytes bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes.unsafeArray());
    List<List<LogEntry>> perTx = new ArrayList<>();
    int txs = b.getInt();
    for (int i = 0; i < txs; i++) {
      List<LogEntry> logs = new ArrayList<>();
      int n = b.getInt();
      for (int j = 0; j < n; j++) {
        Address address = new Address(Bytes.wrap(take(b, 20)));
        int topicCount = b.get() & 0xff;
        List<Bytes32> topics = new ArrayList<>();
        for (int k = 0; k < topicCount; k++) {
          topics.add(Bytes32.wrap(take(b, 32)));
        }
        logs.add(new LogEntry(address, topics, Bytes.wrap(take(b, b.getInt()))));
      }
      perTx.add(logs);
    }
    List<Withdrawal> withdrawals = new ArrayList<>();
    int w = b.getInt();
    for (int i = 0; i < w; i++) {
      long index = b.getLong();
      Address token = new Address(Bytes.wrap(take(b, 20)));
      Address recipient = new Address(Bytes.wrap(take(b, 20)));
      withdrawals.add(new Withdrawal(index, token, recipient, new BigInteger(1, take(b, 32))));
    }
    if (b.hasRemaining()) {
      throw new IllegalArgumentException("stored block logs have " + b.remaining() + " trailing bytes");
    }
    return new BlockLogs(perTx, withdrawals);
  }

  private static byte[] take(ByteBuffer b, int n) {
    byte[] out = new byte[n];
    b.get(out);
    return out;
  }

  private static void putInt(ByteArrayOutputStream out, int v) {
    out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
  }
}
