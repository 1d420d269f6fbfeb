package dev.vigil.bench.rig;

/**
 * Closes a resource that owns child processes if the JVM exits first (Ctrl-C on `./vigil
 * bench`, a fatal error), so no sequencer, verifier or Anvil outlives the bench. {@link
 * #release()} is called by the normal close path.
 */
public final class ShutdownGuard {
  private final Thread hook;

  private ShutdownGuard(Thread hook) {
    this.hook = hook;
  }

  public static ShutdownGuard of(AutoCloseable resource, String name) {
    Thread hook = new Thread(() -> {
      try {
        resource.close();
      } catch (Exception e) {
        System.err.println("bench: closing " + name + " at exit failed: " + e);
      }
    }, "bench-shutdown-" + name);
    Runtime.getRuntime().addShutdownHook(hook);
    return new ShutdownGuard(hook);
  }

  /** The resource is being closed normally: the hook is no longer needed. */
  public void release() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook is running or ran.
    }
  }
}
