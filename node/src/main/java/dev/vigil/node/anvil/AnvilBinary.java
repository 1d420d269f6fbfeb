package dev.vigil.node.anvil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the anvil binary is: {@code $VIGIL_ANVIL}, else
 * {@code contracts/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil} in the
 * first directory at or above the working directory that has one.
 */
public final class AnvilBinary {
  public static final String ENV = "VIGIL_ANVIL";
  static final Path IN_REPO = Path.of("contracts", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil");

  private AnvilBinary() {}

  public static Optional<Path> locate() {
    return locate(System.getenv(ENV), Path.of("").toAbsolutePath());
  }

  static Optional<Path> locate(String env, Path workingDir) {
    if (env != null && !env.isBlank()) {
      Path p = Path.of(env);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    return findUpwards(workingDir, IN_REPO);
  }

  /** {@code relative} resolved against {@code from} or its nearest ancestor where it exists. */
  public static Optional<Path> findUpwards(Path from, Path relative) {
    for (Path dir = from.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The binary, or an exception saying how to install it. */
  public static Path require() {
    return locate().orElseThrow(() -> new IllegalStateException(
        "anvil not found: set " + ENV + " or run ./vigil tools (looked for " + IN_REPO
            + " above " + Path.of("").toAbsolutePath() + ")"));
  }
}
