package dev.vigil.node.anvil;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to start Anvil.
 *
 * @param port 0 for a free port
 * @param blockTimeSeconds empty: mine each transaction at once
 * @param logDir where {@code anvil-<port>.log} goes
 * @param binary empty: {@link AnvilBinary#require()}
 * @param extraArgs further command-line arguments
 */
public record AnvilOptions(int port, OptionalLong blockTimeSeconds, Path logDir, Optional<Path> binary,
    List<String> extraArgs) {
  public AnvilOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    Objects.requireNonNull(blockTimeSeconds, "blockTimeSeconds");
    blockTimeSeconds.ifPresent(s -> {
      if (s < 1) {
        throw new IllegalArgumentException("block time must be at least 1 s");
      }
    });
    Objects.requireNonNull(logDir, "logDir");
    Objects.requireNonNull(binary, "binary");
    extraArgs = List.copyOf(extraArgs);
  }

  public static AnvilOptions defaults(Path logDir) {
    return new AnvilOptions(0, OptionalLong.empty(), logDir, Optional.empty(), List.of());
  }

  public AnvilOptions withPort(int p) {
    return new AnvilOptions(p, blockTimeSeconds, logDir, binary, extraArgs);
  }

  public AnvilOptions withBlockTime(long seconds) {
    return new AnvilOptions(port, OptionalLong.of(seconds), logDir, binary, extraArgs);
  }

  public AnvilOptions withBinary(Path path) {
    return new AnvilOptions(port, blockTimeSeconds, logDir, Optional.of(path), extraArgs);
  }

  public AnvilOptions withExtraArgs(List<String> args) {
    return new AnvilOptions(port, blockTimeSeconds, logDir, binary, args);
  }
}
