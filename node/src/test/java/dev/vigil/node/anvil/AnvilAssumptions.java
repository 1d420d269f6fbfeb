package dev.vigil.node.anvil;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The one reason an L1 test may skip: the anvil binary is not installed. */
public final class AnvilAssumptions {
  private AnvilAssumptions() {}

  public static void requireAnvil() {
    assumeTrue(AnvilBinary.locate().isPresent(),
        "anvil is not installed: run ./vigil tools (or set " + AnvilBinary.ENV + ")");
  }
}
