package dev.vigil.devnet.tools;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository: VIGIL_HOME (set by ./vigil), else the nearest parent with ./vigil. */
public final class RepoRoot {
  private RepoRoot() {}

  public static Path find() {
    String home = System.getenv("VIGIL_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home).toAbsolutePath().normalize();
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isRegularFile(p.resolve("vigil"))
          && Files.isRegularFile(p.resolve("contracts/foundry.toml"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "cannot find the Vigil repository (no ./vigil above " + Path.of("").toAbsolutePath()
            + "); set VIGIL_HOME");
  }
}
