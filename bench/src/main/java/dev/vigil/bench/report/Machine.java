package dev.vigil.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The machine a run measured: cores, memory ({@code free -h}), the JVM ({@code java -version} of
 * the running java) and the load average, since every number depends on what else ran.
 */
public record Machine(int cores, String memory, String javaVersion, String os, String loadAverage) {
  public Machine {
    if (cores < 1) {
      throw new IllegalArgumentException("cores >= 1");
    }
  }

  public static Machine current() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new Machine(Runtime.getRuntime().availableProcessors(), command("free", "-h"),
        command(java, "-version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"),
        currentLoad());
  }

  /** The first three fields of /proc/loadavg (1, 5 and 15 minutes), or "unknown". */
  public static String currentLoad() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String command(String... cmd) {
    try {
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
      return new String(out, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "unavailable (" + e.getMessage() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
