package dev.vigil.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DevnetArgsTest {
  private static final Path REPO = Path.of("/repo");
  private static final Path CWD = Path.of("/home/me");

  @Test
  void noFlags_giveTheSpecDefaults() {
    DevnetOptions o = DevnetArgs.parse(new String[0], REPO, CWD);
    assertEquals(Optional.empty(), o.l1Url());
    assertEquals(20, o.windowSeconds());
    assertEquals(60, o.forceDelaySeconds());
    assertEquals(1, o.l1BlockTimeSeconds());
    assertEquals(8545, o.rpcPort());
    assertEquals(List.of(8546, 8547), o.verifierPorts());
    assertEquals(REPO.resolve(".vigil/devnet.json"), o.out());
    assertEquals(new BigInteger("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 16),
        o.l1Key());
  }

  @Test
  void flags_overrideTheDefaults() {
    DevnetOptions o = DevnetArgs.parse(new String[] {"--l1-url", "http://127.0.0.1:9000",
        "--window", "30", "--force-delay", "90", "--block-time", "0", "--rpc-port", "9545",
        "--out", "x.json", "--l1-key", "0x" + "11".repeat(32)}, REPO, CWD);
    assertEquals(Optional.of(URI.create("http://127.0.0.1:9000")), o.l1Url());
    assertEquals(30, o.windowSeconds());
    assertEquals(90, o.forceDelaySeconds());
    assertEquals(0, o.l1BlockTimeSeconds());
    assertEquals(List.of(9546, 9547), o.verifierPorts());
    assertEquals(CWD.resolve("x.json"), o.out());
    assertEquals(new BigInteger("11".repeat(32), 16), o.l1Key());
  }

  @Test
  void fault_isPassedToTheSequencer_andABadListIsRefusedUpFront() {
    assertEquals("", DevnetArgs.parse(new String[0], REPO, CWD).faults());
    DevnetOptions o = DevnetArgs.parse(new String[] {"--fault", "wrong-balance@2,deposit-twice@4"}, REPO, CWD);
    assertEquals("wrong-balance@2,deposit-twice@4", o.faults());
    Address a = Address.fromHex("0x00000000000000000000000000000000000000aa");
    Deployment d = new Deployment(a, a, a);
    URI l1 = URI.create("http://127.0.0.1:1");
    List<String> args = NodeCommands.sequencer(o, l1, d, BigInteger.ONE, 1).args();
    assertEquals("wrong-balance@2,deposit-twice@4", args.get(args.indexOf("--fault") + 1));
    assertTrue(NodeCommands.sequencer(DevnetArgs.parse(new String[0], REPO, CWD), l1, d,
        BigInteger.ONE, 1).args().stream().noneMatch("--fault"::equals));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DevnetArgs.parse(new String[] {"--fault", "lie@2"}, REPO, CWD));
    assertTrue(e.getMessage().contains("unknown fault kind"));
  }

  @Test
  void unknownFlag_missingValue_badNumber_badKey_areErrors() {
    assertThrows(IllegalArgumentException.class,
        () -> DevnetArgs.parse(new String[] {"--lie"}, REPO, CWD));
    assertThrows(IllegalArgumentException.class,
        () -> DevnetArgs.parse(new String[] {"--window"}, REPO, CWD));
    assertThrows(IllegalArgumentException.class,
        () -> DevnetArgs.parse(new String[] {"--window", "soon"}, REPO, CWD));
    assertThrows(IllegalArgumentException.class,
        () -> DevnetArgs.parse(new String[] {"--window", "0"}, REPO, CWD));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DevnetArgs.parse(new String[] {"--l1-key", "0x1234"}, REPO, CWD));
    assertTrue(e.getMessage().contains("32 bytes"));
  }
}
