package dev.vigil.protocol.tx;

/** Prints {@link SenderRecovery#backend()}: run as a child JVM by {@link RecoveryBackendsTest}. */
public final class BackendProbe {
  private BackendProbe() {}

  public static void main(String[] args) {
    System.out.println(SenderRecovery.backend());
  }
}
