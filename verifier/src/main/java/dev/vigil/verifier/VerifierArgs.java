package dev.vigil.verifier;

import dev.vigil.node.cli.CommandLine;
import java.nio.file.Path;
import java.util.Set;

/** Parses the command line of {@link VerifierConfig}; every problem is an {@link IllegalArgumentException}. */
public final class VerifierArgs {
  private static final Set<String> OPTIONS = Set.of("--l1-url", "--rollup", "--data-dir",
      "--rpc-host", "--rpc-port", "--poll-ms", "--name", "--l1-key");

  private VerifierArgs() {}

  public static VerifierConfig parse(String... args) {
    CommandLine cli = new CommandLine(OPTIONS, args);
    return new VerifierConfig(
        cli.url("--l1-url"),
        cli.address("--rollup"),
        Path.of(cli.required("--data-dir")),
        cli.get("--rpc-host", "127.0.0.1"),
        (int) cli.number("--rpc-port", 8546),
        cli.number("--poll-ms", 500),
        cli.get("--name", "verifier"),
        cli.privateKey("--l1-key"));
  }
}
