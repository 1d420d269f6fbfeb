package dev.vigil.node.l1;

import dev.vigil.node.anvil.AnvilBinary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The forge artifacts of contracts/, built with the repository's forge (as {@code ./vigil build}
 * does) when out/ lacks them. Used by the tests and tools that deploy the contracts.
 */
public final class ForgeArtifacts {
  private static final Path FORGE = Path.of("node_modules", "@foundry-rs", "forge-linux-amd64", "bin", "forge");

  private ForgeArtifacts() {}

  public static Path contractsDir() {
    return AnvilBinary.findUpwards(Path.of(""), Path.of("contracts", "foundry.toml"))
        .orElseThrow(() -> new IllegalStateException("no contracts/foundry.toml above " + Path.of("").toAbsolutePath()))
        .getParent();
  }

  /** contracts/out, after running {@code forge build} if the Rollup artifact is missing. */
  public static synchronized Path outDir() throws IOException, InterruptedException {
    Path contracts = contractsDir();
    Path out = contracts.resolve("out");
    if (!Files.exists(out.resolve("Rollup.sol").resolve("Rollup.json"))) {
      build(contracts);
    }
    return out;
  }

  private static void build(Path contracts) throws IOException, InterruptedException {
    String env = System.getenv("VIGIL_FORGE");
    Path forge = env != null && !env.isBlank() ? Path.of(env) : contracts.resolve(FORGE);
    Path log = Files.createTempFile("forge-build", ".log");
    ProcessBuilder pb = new ProcessBuilder(List.of(forge.toString(), "build"))
        .directory(contracts.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("FOUNDRY_SOLC", contracts.resolve("bin").resolve("solc").toString());
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new IOException("forge build took more than 10 minutes; see " + log);
    }
    if (p.exitValue() != 0) {
      throw new IOException("forge build failed: " + Files.readString(log));
    }
  }
}
