package dev.vigil.devnet.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm-installed L1 toolchain (anvil, forge, solc-js) and the compiled contracts. Installs
 * the tools through `./vigil tools` and builds the contracts with forge when they are missing,
 * so a plain `mvn verify` works on a fresh checkout too.
 */
public final class Toolchain {
  private static final long INSTALL_TIMEOUT_S = 600;

  private final Path repo;

  public Toolchain(Path repo) {
    this.repo = repo;
  }

  public Path anvil() {
    return tool("VIGIL_ANVIL", "anvil");
  }

  public Path forge() {
    return tool("VIGIL_FORGE", "forge");
  }

  /** Where forge writes the artifacts (contracts/out/<File>.sol/<Name>.json). */
  public Path artifacts() {
    return repo.resolve("contracts/out");
  }

  /** Runs `forge build` unless the artifacts the devnet deploys are already there. */
  public void ensureContracts() {
    if (Files.isRegularFile(artifacts().resolve("Rollup.sol/Rollup.json"))
        && Files.isRegularFile(artifacts().resolve("DevToken.sol/DevToken.json"))) {
      return;
    }
    ProcessBuilder pb = new ProcessBuilder(forge().toString(), "build")
        .directory(repo.resolve("contracts").toFile());
    pb.environment().put("FOUNDRY_SOLC", repo.resolve("contracts/bin/solc").toString());
    run(pb, "forge build");
  }

  private Path tool(String env, String name) {
    String fromEnv = System.getenv(env);
    if (fromEnv != null && Files.isExecutable(Path.of(fromEnv))) {
      return Path.of(fromEnv);
    }
    Path p = repo.resolve("contracts/node_modules/@foundry-rs/" + name + "-linux-amd64/bin/" + name);
    if (!Files.isExecutable(p)) {
      run(new ProcessBuilder(List.of(repo.resolve("vigil").toString(), "tools")).directory(
          repo.toFile()), "./vigil tools");
    }
    if (!Files.isExecutable(p)) {
      throw new IllegalStateException(name + " is not installed at " + p + " (run ./vigil tools)");
    }
    return p;
  }

  private static void run(ProcessBuilder pb, String what) {
    try {
      Process p = pb.inheritIO().start();
      if (!p.waitFor(INSTALL_TIMEOUT_S, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(what + " took longer than " + INSTALL_TIMEOUT_S + " s");
      }
      if (p.exitValue() != 0) {
        throw new IllegalStateException(what + " failed with exit code " + p.exitValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + what, e);
    }
  }
}
