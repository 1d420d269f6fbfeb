package dev.vigil.node.anvil;

import dev.vigil.protocol.bytes.Address;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Anvil on 127.0.0.1 with chain id 31337 and the default dev accounts
 * ({@link DevAccounts}). Output goes to {@code anvil-<port>.log} in the given
 * directory. {@link #close()} kills it by PID; a shutdown hook does the same if
 * the JVM exits first.
 */
public final class AnvilProcess implements AutoCloseable {
  public static final long CHAIN_ID = 31337;
  static final Duration START_TIMEOUT = Duration.ofSeconds(20);
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
  private static final System.Logger LOG = System.getLogger(AnvilProcess.class.getName());

  private final Process process;
  private final int port;
  private final Path logFile;
  private final Thread shutdownHook;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private AnvilProcess(Process process, int port, Path logFile) {
    this.process = process;
    this.port = port;
    this.logFile = logFile;
    this.shutdownHook = new Thread(this::kill, "anvil-" + port + "-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /** Starts Anvil with {@code options}; returns once it answers eth_chainId. */
  public static AnvilProcess start(AnvilOptions options) throws IOException {
    Path binary = options.binary().orElseGet(AnvilBinary::require);
    Files.createDirectories(options.logDir());
    IOException last = null;
    // A free port found by binding can be taken before Anvil binds it: try a few.
    for (int attempt = 0; attempt < 3; attempt++) {
      int port = options.port() != 0 ? options.port() : freePort();
      Path log = options.logDir().resolve("anvil-" + port + ".log");
      AnvilProcess anvil = new AnvilProcess(launch(binary, port, options, log), port, log);
      try {
        anvil.awaitReady();
        return anvil;
      } catch (IOException e) {
        boolean exited = !anvil.isAlive();
        anvil.close();
        last = e;
        if (options.port() != 0 || !exited) {
          break;
        }
      }
    }
    throw last;
  }

  /** Starts Anvil on a free port with instant mining, logging to {@code logDir}. */
  public static AnvilProcess start(Path logDir) throws IOException {
    return start(AnvilOptions.defaults(logDir));
  }

  private static Process launch(Path binary, int port, AnvilOptions options, Path log) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--host", "127.0.0.1",
        "--port", Integer.toString(port), "--chain-id", Long.toString(CHAIN_ID)));
    options.blockTimeSeconds().ifPresent(s -> cmd.addAll(List.of("--block-time", Long.toString(s))));
    cmd.addAll(options.extraArgs());
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
        .start();
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  private void awaitReady() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("anvil exited with code " + process.exitValue() + " before answering; see "
            + logFile);
      }
      try {
        if (Long.decode((String) rpc("eth_chainId")) == CHAIN_ID) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      pause(50);
    }
    throw new IOException("anvil did not answer eth_chainId within " + START_TIMEOUT + "; see " + logFile);
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public Path logFile() {
    return logFile;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public BigInteger devKey(int i) {
    return DevAccounts.key(i);
  }

  public Address devAddress(int i) {
    return DevAccounts.address(i);
  }

  /** Moves the clock of the next block forward by {@code seconds}. */
  public void evmIncreaseTime(long seconds) throws IOException {
    rpc("evm_increaseTime", seconds);
  }

  /** Mines one block now. */
  public void mine() throws IOException {
    rpc("evm_mine");
  }

  /** Switches instant mining of each transaction on or off. */
  public void setAutomine(boolean on) throws IOException {
    rpc("evm_setAutomine", on);
  }

  /** Calls any JSON-RPC method of this Anvil; returns the result, throws on an error answer. */
  public Object rpc(String method, Object... params) throws IOException {
    JsonObject request = new JsonObject().put("jsonrpc", "2.0").put("id", 1).put("method", method)
        .put("params", new JsonArray(List.of(params)));
    HttpRequest http = HttpRequest.newBuilder(URI.create(url()))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(request.encode()))
        .build();
    HttpResponse<String> response;
    try {
      response = this.http.send(http, HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted calling anvil " + method, e);
    }
    JsonObject body = new JsonObject(response.body());
    if (body.containsKey("error")) {
      throw new IOException("anvil " + method + " failed: " + body.getJsonObject("error").encode());
    }
    return body.getValue("result");
  }

  /** Kills Anvil (SIGTERM, then SIGKILL after a bound) and waits for it. Idempotent. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook runs kill() itself.
    }
    kill();
  }

  private void kill() {
    if (!process.isAlive()) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.log(System.Logger.Level.WARNING, "anvil pid {0} ignored SIGTERM; killing it", process.pid());
        process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private static void pause(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for anvil", e);
    }
  }
}
