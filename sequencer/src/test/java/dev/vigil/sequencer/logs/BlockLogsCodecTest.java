package dev.vigil.sequencer.logs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.withdrawal.Withdrawal;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockLogsCodecTest {
  private static final Address TOKEN = Address.fromHex("0x00000000000000000000000000000000000070c0");
  private static final Address BOB = Address.fromHex("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");

  @Test
  void roundTrips_logsPerTransaction_andWithdrawals() {
    Withdrawal w = new Withdrawal(7, TOKEN, BOB, BigInteger.TWO.pow(200));
    BlockLogs logs = new BlockLogs(List.of(
        List.of(),
        List.of(L2Events.transfer(TOKEN, BOB, Address.ZERO, BigInteger.TEN), L2Events.withdrawalInitiated(w)),
        List.of(new LogEntry(BOB, List.of(), Bytes.fromHex("0x0102")))), List.of(w));
    BlockLogsCodec codec = new BlockLogsCodec();
    assertEquals(logs, codec.decode(codec.encode(logs)));
    assertEquals(2, logs.firstLogIndex(2));
    assertEquals(3, logs.all().size());
  }

  @Test
  void trailingBytes_areRefused() {
    BlockLogsCodec codec = new BlockLogsCodec();
    Bytes stored = Bytes.concat(codec.encode(BlockLogs.NONE), Bytes.of((byte) 1));
    assertThrows(IllegalArgumentException.class, () -> codec.decode(stored));
  }
}
