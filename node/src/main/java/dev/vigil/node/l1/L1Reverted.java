package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.util.List;
import java.util.Optional;

/**
 * An L1 call or transaction reverted. {@link #error()} is the custom error's
 * name when the selector is known ({@code "BadBatch"}, {@code "Error"} for a
 * require string, {@code "Panic"}), else its selector in hex, or {@code ""} for
 * a revert without data; {@link #args()} are the decoded arguments as text.
 */
public final class L1Reverted extends L1Exception {
  private final Revert revert;
  private final Bytes32 txHash;

  L1Reverted(String method, String url, Revert revert, Bytes32 txHash) {
    super(method, url, describe(revert, txHash), false, null, null, null);
    this.revert = revert;
    this.txHash = txHash;
  }

  private static String describe(Revert r, Bytes32 txHash) {
    return (txHash == null ? "call reverted: " : "transaction " + txHash + " reverted: ") + r;
  }

  public String error() {
    return revert.error();
  }

  public List<String> args() {
    return revert.args();
  }

  /** The raw revert data (selector and ABI-encoded arguments). */
  public Bytes data() {
    return revert.data();
  }

  public Revert revert() {
    return revert;
  }

  /** The mined transaction that reverted; empty when the revert came from a call or estimate. */
  public Optional<Bytes32> txHash() {
    return Optional.ofNullable(txHash);
  }
}
