package dev.vigil.verifier;

import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The verifier's command line:
 *
 * <pre>
 * --l1-url URL --rollup 0xROLLUP --data-dir DIR [--rpc-host 127.0.0.1] [--rpc-port 8546]
 * [--poll-ms 500] [--name verifier-1] [--l1-key 0xPRIVKEY]
 * </pre>
 *
 * <p>{@code l1Key} is the account fraud proofs will be sent from; derivation never needs it.
 */
public record VerifierConfig(
    URI l1Url,
    Address rollup,
    Path dataDir,
    String rpcHost,
    int rpcPort,
    long pollMs,
    String name,
    Optional<BigInteger> l1Key) {

  public static final String USAGE = "usage: dev.vigil.verifier.Main --l1-url URL --rollup 0xROLLUP"
      + " --data-dir DIR [--rpc-host 127.0.0.1] [--rpc-port 8546] [--poll-ms 500]"
      + " [--name verifier-1] [--l1-key 0xPRIVKEY]";

  public VerifierConfig {
    Objects.requireNonNull(l1Url, "l1Url");
    Objects.requireNonNull(rollup, "rollup");
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(rpcHost, "rpcHost");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(l1Key, "l1Key");
    if (rpcPort < 0 || rpcPort > 65535) {
      throw new IllegalArgumentException("--rpc-port out of range: " + rpcPort);
    }
    if (pollMs < 1) {
      throw new IllegalArgumentException("--poll-ms must be >= 1, got " + pollMs);
    }
  }

  @Override
  public String toString() {
    // Never print the key.
    return "VerifierConfig[l1Url=" + l1Url + ", rollup=" + rollup + ", dataDir=" + dataDir
        + ", rpc=" + rpcHost + ":" + rpcPort + ", pollMs=" + pollMs + ", name=" + name
        + ", l1Key=" + (l1Key.isPresent() ? "set" : "none") + "]";
  }
}
