package dev.vigil.devnet.e2e;

import dev.vigil.devnet.Devnet;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One devnet shared by every test class that asks for a {@link Devnet} parameter through this
 * extension: bringing a devnet up costs seconds, so the classes that only send transactions
 * share one. It lives in the root store and is closed (every child stopped by PID) when the
 * test run ends. Classes that kill processes or move the L1 clock far start their own.
 */
final class SharedDevnet implements ParameterResolver {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(SharedDevnet.class);

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext c) {
    return p.getParameter().getType() == Devnet.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext c) {
    return c.getRoot().getStore(NS)
        .getOrComputeIfAbsent("devnet", k -> new Handle(), Handle.class).devnet;
  }

  /** Closed by JUnit at the end of the run. */
  private static final class Handle implements AutoCloseable {
    final Devnet devnet;

    Handle() {
      devnet = new Devnet(E2e.options("shared"));
      devnet.start();
    }

    @Override
    public void close() {
      devnet.close();
    }
  }
}
