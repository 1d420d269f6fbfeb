package dev.vigil.sequencer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.sequencer.fault.Fault;
import dev.vigil.sequencer.fault.FaultKind;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequencerArgsTest {
  private static final String KEY = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
  private static final String ROLLUP = "0x5fbdb2315678afecb367f032d93f642f64180aa3";

  private static String error(String... args) {
    return assertThrows(IllegalArgumentException.class, () -> SequencerArgs.parse(args)).getMessage();
  }

  @Test
  void requiredOptions_withTheProcessInterfaceDefaults() {
    SequencerConfig c = SequencerArgs.parse("--l1-url", "http://127.0.0.1:8545", "--rollup", ROLLUP,
        "--l1-key", KEY, "--data-dir", "/tmp/seq");
    assertEquals(Address.fromHex(ROLLUP), c.rollup());
    assertEquals(new BigInteger(KEY.substring(2), 16), c.l1Key());
    assertEquals(Path.of("/tmp/seq"), c.dataDir());
    assertEquals("127.0.0.1", c.rpcHost());
    assertEquals(8545, c.rpcPort());
    assertEquals(200, c.blockTimeMs());
    assertEquals(2000, c.batchIntervalMs());
    assertEquals(512, c.maxBatchEntries());
    assertEquals(500, c.l1PollMs());
  }

  @Test
  void overrides() {
    SequencerConfig c = SequencerArgs.parse("--l1-url", "http://l1:1", "--rollup", ROLLUP, "--l1-key", KEY,
        "--data-dir", "d", "--rpc-port", "0", "--block-time-ms", "50", "--batch-interval-ms", "100",
        "--max-batch-entries", "1024", "--l1-poll-ms", "20", "--rpc-host", "127.0.0.2");
    assertEquals(0, c.rpcPort());
    assertEquals(50, c.blockTimeMs());
    assertEquals(1024, c.maxBatchEntries());
    assertEquals("127.0.0.2", c.rpcHost());
  }

  @Test
  void badCommandLines_sayWhatIsWrong_andNeverEchoTheKey() {
    assertEquals("missing --l1-url", error("--rollup", ROLLUP));
    assertEquals("unknown option --port", error("--port", "1"));
    assertEquals("--data-dir needs a value", error("--data-dir"));
    assertEquals("--rpc-port is not a number: x", error("--l1-url", "http://a", "--rollup", ROLLUP,
        "--l1-key", KEY, "--data-dir", "d", "--rpc-port", "x"));
    assertEquals("--max-batch-entries must be 1..1024", error("--l1-url", "http://a", "--rollup", ROLLUP,
        "--l1-key", KEY, "--data-dir", "d", "--max-batch-entries", "2000"));
    String badKey = error("--l1-url", "http://a", "--rollup", ROLLUP, "--l1-key", "0x1234", "--data-dir", "d");
    assertFalse(badKey.contains("1234"));
  }

  @Test
  void faults_areOffByDefault_andParsedFromAList() {
    String[] base = {"--l1-url", "http://l1:1", "--rollup", ROLLUP, "--l1-key", KEY, "--data-dir", "d"};
    assertTrue(SequencerArgs.parse(base).faults().isEmpty());
    String[] withFaults = Arrays.copyOf(base, base.length + 2);
    withFaults[base.length] = "--fault";
    withFaults[base.length + 1] = "wrong-balance@2,deposit-twice@4";
    SequencerConfig c = SequencerArgs.parse(withFaults);
    assertEquals(List.of(new Fault(FaultKind.WRONG_BALANCE, 2), new Fault(FaultKind.DEPOSIT_TWICE, 4)),
        c.faults().faults());
    assertTrue(c.toString().contains("faults=wrong-balance@2,deposit-twice@4"));
    withFaults[base.length + 1] = "lie@2";
    assertTrue(assertThrows(IllegalArgumentException.class, () -> SequencerArgs.parse(withFaults))
        .getMessage().startsWith("unknown fault kind lie"));
  }

  @Test
  void configToString_hidesTheKey() {
    SequencerConfig c = SequencerArgs.parse("--l1-url", "http://l1:1", "--rollup", ROLLUP, "--l1-key", KEY,
        "--data-dir", "d");
    assertFalse(c.toString().contains(KEY.substring(2, 20)));
  }

  @Test
  void rpcLimits_haveDefaults_andAFlagEach() {
    String[] base = {"--l1-url", "http://l1:1", "--rollup", ROLLUP, "--l1-key", KEY, "--data-dir", "/tmp/x"};
    assertEquals(RpcLimits.DEFAULTS, SequencerArgs.parse(base).rpcLimits());
    String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.stream.Stream.of(
        "--rpc-max-body-bytes", "1000", "--rpc-max-batch", "7", "--rpc-max-filters", "8",
        "--ws-max-subscriptions", "9")).toArray(String[]::new);
    assertEquals(new RpcLimits(1000, 7, 8, 9), SequencerArgs.parse(all).rpcLimits());
    String[] zero = java.util.stream.Stream.concat(java.util.Arrays.stream(base),
        java.util.stream.Stream.of("--ws-max-subscriptions", "0")).toArray(String[]::new);
    assertEquals("--ws-max-subscriptions must be 1..2147483647", error(zero));
  }
}
