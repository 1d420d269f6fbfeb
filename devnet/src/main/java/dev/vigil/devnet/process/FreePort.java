package dev.vigil.devnet.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A TCP port free on 127.0.0.1 right now, for a child that needs its port on the command line. */
public final class FreePort {
  private FreePort() {}

  /** {@code port} itself, or a free one when it is 0. */
  public static int orFree(int port) {
    return port != 0 ? port : pick();
  }

  public static int pick() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port on 127.0.0.1", e);
    }
  }
}
