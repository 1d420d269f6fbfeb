package dev.vigil.sequencer;

import dev.vigil.node.cli.CommandLine;
import dev.vigil.sequencer.fault.FaultPlan;
import java.nio.file.Path;
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
    CommandLine cli = new CommandLine(OPTIONS, args);
    return new SequencerConfig(
        cli.url("--l1-url").toString(),
        cli.address("--rollup"),
        cli.privateKey("--l1-key").orElseThrow(() -> new IllegalArgumentException("missing --l1-key")),
        Path.of(cli.required("--data-dir")),
        cli.get("--rpc-host", "127.0.0.1"),
        (int) cli.number("--rpc-port", 8545),
        cli.number("--block-time-ms", 200),
        cli.number("--batch-interval-ms", 2000),
        (int) cli.number("--max-batch-entries", 512),
        cli.number("--l1-poll-ms", 500),
        cli.optional("--fault").map(FaultPlan::parse).orElse(FaultPlan.NONE),
        new RpcLimits(
            cli.positiveInt("--rpc-max-body-bytes", RpcLimits.DEFAULTS.maxBodyBytes()),
            cli.positiveInt("--rpc-max-batch", RpcLimits.DEFAULTS.maxBatch()),
            cli.positiveInt("--rpc-max-filters", RpcLimits.DEFAULTS.maxFilters()),
            cli.positiveInt("--ws-max-subscriptions", RpcLimits.DEFAULTS.maxSubscriptions())));
  }
}
