package dev.vigil.sequencer;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.sequencer.fault.FaultPlan;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Parses the sequencer's command line; every problem is an {@link IllegalArgumentException}. */
public final class SequencerArgs {
  public static final String USAGE = "usage: dev.vigil.sequencer.Main --l1-url URL --rollup 0xROLLUP"
      + " --l1-key 0xPRIVKEY --data-dir DIR [--rpc-host 127.0.0.1] [--rpc-port 8545]"
      + " [--block-time-ms 200] [--batch-interval-ms 2000] [--max-batch-entries 512]"
      + " [--l1-poll-ms 500] [--rpc-max-body-bytes 5242880] [--rpc-max-batch 1000]"
      + " [--rpc-max-filters 1000] [--ws-max-subscriptions 100] [--fault KIND@BATCH[,KIND@BATCH...]]"
      + " (KIND: wrong-balance, bad-signature, deposit-twice, deposit-skipped, wrong-final-root,"
      + " inflated-withdrawal; BATCH: the L1 batch index to lie in)";
  private static final Set<String> OPTIONS = Set.of("--l1-url", "--rollup", "--l1-key",
      "--data-dir", "--rpc-host", "--rpc-port", "--block-time-ms", "--batch-interval-ms",
      "--max-batch-entries", "--l1-poll-ms", "--fault", "--rpc-max-body-bytes", "--rpc-max-batch",
      "--rpc-max-filters", "--ws-max-subscriptions");

  private SequencerArgs() {}

  public static SequencerConfig parse(String... args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      String option = args[i];
      if (!OPTIONS.contains(option)) {
        throw new IllegalArgumentException("unknown option " + option);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      if (values.put(option, args[i + 1]) != null) {
        throw new IllegalArgumentException(option + " given twice");
      }
    }
    return new SequencerConfig(
        url(required(values, "--l1-url")),
        address(required(values, "--rollup")),
        key(required(values, "--l1-key")),
        Path.of(required(values, "--data-dir")),
        values.getOrDefault("--rpc-host", "127.0.0.1"),
        (int) number(values, "--rpc-port", 8545),
        number(values, "--block-time-ms", 200),
        number(values, "--batch-interval-ms", 2000),
        (int) number(values, "--max-batch-entries", 512),
        number(values, "--l1-poll-ms", 500),
        values.containsKey("--fault") ? FaultPlan.parse(values.get("--fault")) : FaultPlan.NONE,
        new RpcLimits(
            intNumber(values, "--rpc-max-body-bytes", RpcLimits.DEFAULTS.maxBodyBytes()),
            intNumber(values, "--rpc-max-batch", RpcLimits.DEFAULTS.maxBatch()),
            intNumber(values, "--rpc-max-filters", RpcLimits.DEFAULTS.maxFilters()),
            intNumber(values, "--ws-max-subscriptions", RpcLimits.DEFAULTS.maxSubscriptions())));
  }

  private static String required(Map<String, String> values, String option) {
    String v = values.get(option);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing " + option);
    }
    return v;
  }

  private static long number(Map<String, String> values, String option, long fallback) {
    String v = values.get(option);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " is not a number: " + v);
    }
  }

  private static int intNumber(Map<String, String> values, String option, int fallback) {
    long v = number(values, option, fallback);
    if (v < 1 || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(option + " must be 1.." + Integer.MAX_VALUE);
    }
    return (int) v;
  }

  private static String url(String s) {
    try {
      URI uri = new URI(s);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
        throw new IllegalArgumentException("--l1-url must be an http(s) URL: " + s);
      }
      return s;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--l1-url is not a URL: " + s);
    }
  }

  private static Address address(String s) {
    try {
      return Address.fromHex(s);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--rollup is not an address: " + s);
    }
  }

  private static BigInteger key(String s) {
    try {
      Bytes b = Bytes.fromHex(s);
      BigInteger k = new BigInteger(1, b.toArray());
      if (b.length() != 32 || k.signum() == 0) {
        throw new IllegalArgumentException("bad key");
      }
      return k;
    } catch (IllegalArgumentException e) {
      // The value is a secret: never echo it.
      throw new IllegalArgumentException("--l1-key is not a 32-byte hex private key");
    }
  }
}
