package dev.vigil.devnet;

import dev.vigil.node.anvil.AnvilOptions;
import dev.vigil.node.anvil.AnvilProcess;
import dev.vigil.node.l1.L1Client;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The devnet's L1: an Anvil this devnet started (and stops), or any L1 attached by URL (Geth
 * --dev, a remote node), which the devnet only uses. Anvil-only operations (moving its clock,
 * changing its mining) say so when the L1 is not ours.
 */
public final class L1Chain implements AutoCloseable {
  private final URI url;
  private final Optional<AnvilProcess> anvil;
  private final L1Client client;

  private L1Chain(URI url, Optional<AnvilProcess> anvil) {
    this.url = url;
    this.anvil = anvil;
    this.client = L1Client.connect(url.toString());
  }

  /** Starts Anvil on 127.0.0.1 (port 0: any free port), mining every transaction at once. */
  public static L1Chain startAnvil(Path binary, int port, Path logDir) {
    try {
      AnvilProcess a = AnvilProcess.start(AnvilOptions.defaults(logDir).withPort(port).withBinary(binary));
      return new L1Chain(URI.create(a.url()), Optional.of(a));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start anvil: " + e.getMessage(), e);
    }
  }

  public static L1Chain attach(URI url) {
    return new L1Chain(url, Optional.empty());
  }

  public URI url() {
    return url;
  }

  public L1Client client() {
    return client;
  }

  public long chainId() {
    return client.chainId();
  }

  /** True when this devnet started the L1 (an Anvil). */
  public boolean isAnvil() {
    return anvil.isPresent();
  }

  public boolean isAlive() {
    return anvil.map(AnvilProcess::isAlive).orElse(true);
  }

  public Optional<Long> anvilPid() {
    return anvil.map(AnvilProcess::pid);
  }

  /**
   * After setup, a real chain's rhythm: one block every {@code seconds} (0 keeps mining on
   * every transaction). Setup itself runs with instant mining, which is many times faster.
   */
  public void useBlockTime(int seconds) {
    if (seconds > 0 && anvil.isPresent()) {
      rpc("evm_setIntervalMining", seconds);
    }
  }

  /** Moves Anvil's clock forward by {@code seconds} and mines a block at the new time. */
  public void increaseTime(long seconds) {
    rpc("evm_increaseTime", seconds);
    rpc("evm_mine");
  }

  /** Mines one block now. */
  public void mine() {
    rpc("evm_mine");
  }

  private Object rpc(String method, Object... params) {
    AnvilProcess a = anvil.orElseThrow(() -> new IllegalStateException(
        method + " needs the devnet's own Anvil; the L1 at " + url + " was attached"));
    try {
      return a.rpc(method, params);
    } catch (IOException e) {
      throw new UncheckedIOException(e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    client.close();
    anvil.ifPresent(AnvilProcess::close);
  }
}
