package dev.vigil.devnet;

import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Parses `./vigil devnet` flags into {@link DevnetOptions}; unknown flags are an error. */
final class DevnetArgs {
  static final String USAGE = """
      Usage: ./vigil devnet [options]
        --l1-url URL        attach to this L1 (e.g. Geth --dev) instead of starting Anvil
        --l1-key 0xKEY      deployer and sequencer L1 key (default: Anvil account 0)
        --l1-port N         port of the Anvil the devnet starts (default 8544)
        --block-time S      Anvil block time in seconds after setup, 0 = automine (default 1)
        --window S          challenge window in seconds (default 20)
        --force-delay S     forced-inclusion delay in seconds (default 60)
        --rpc-port N        sequencer JSON-RPC port (default 8545; verifiers take N+1, N+2)
        --work-dir DIR      data dirs and logs (default .vigil)
        --out FILE          JSON summary (default <work-dir>/devnet.json)
        --fault KIND@BATCH[,KIND@BATCH...]
                            make the sequencer post a lie in that L1 batch, once, to watch a
                            verifier prove it (KIND: wrong-balance, bad-signature,
                            deposit-twice, deposit-skipped, wrong-final-root,
                            inflated-withdrawal)
      """;

  private static final List<String> FLAGS = List.of("--l1-url", "--l1-key", "--l1-port",
      "--block-time", "--window", "--force-delay", "--rpc-port", "--work-dir", "--out", "--fault");

  private DevnetArgs() {}

  static DevnetOptions parse(String[] args, Path repoRoot, Path cwd) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!FLAGS.contains(args[i])) {
        throw new IllegalArgumentException("unknown option " + args[i] + "\n" + USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
      }
      m.put(args[i], args[++i]);
    }
    DevnetOptions d = DevnetOptions.defaults(repoRoot);
    Path work = m.containsKey("--work-dir") ? cwd.resolve(m.get("--work-dir")) : d.workDir();
    Path out = m.containsKey("--out") ? cwd.resolve(m.get("--out")) : work.resolve("devnet.json");
    int rpcPort = intArg(m, "--rpc-port", d.rpcPort());
    return new DevnetOptions(repoRoot, work,
        Optional.ofNullable(m.get("--l1-url")).map(URI::create),
        m.containsKey("--l1-key") ? key(m.get("--l1-key")) : d.l1Key(),
        intArg(m, "--l1-port", d.l1Port()),
        intArg(m, "--block-time", d.l1BlockTimeSeconds()),
        intArg(m, "--window", (int) d.windowSeconds()),
        intArg(m, "--force-delay", (int) d.forceDelaySeconds()),
        rpcPort, List.of(rpcPort == 0 ? 0 : rpcPort + 1, rpcPort == 0 ? 0 : rpcPort + 2),
        out, d.sequencerBlockTimeMs(), d.batchIntervalMs(), d.ethPerAccount(),
        d.tokensPerAccount(), m.getOrDefault("--fault", ""));
  }

  private static int intArg(Map<String, String> m, String flag, int dflt) {
    String v = m.get(flag);
    if (v == null) {
      return dflt;
    }
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " takes a number, got " + v);
    }
  }

  private static BigInteger key(String hex) {
    String h = hex.startsWith("0x") ? hex.substring(2) : hex;
    if (!h.matches("[0-9a-fA-F]{64}")) {
      throw new IllegalArgumentException("--l1-key takes 32 bytes of hex");
    }
    return new BigInteger(h, 16);
  }
}
