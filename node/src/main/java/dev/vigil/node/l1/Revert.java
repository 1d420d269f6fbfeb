package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Bytes;
import java.util.List;
import java.util.Objects;

/**
 * Decoded revert data.
 *
 * @param error the error's name, or its 4-byte selector in hex when unknown, or "" without data
 * @param args the decoded arguments as text (numbers in decimal, bytes and addresses in hex)
 * @param data the raw revert data
 */
public record Revert(String error, List<String> args, Bytes data) {
  public Revert {
    Objects.requireNonNull(error, "error");
    args = List.copyOf(args);
    Objects.requireNonNull(data, "data");
  }

  @Override
  public String toString() {
    if (error.isEmpty()) {
      return "(no revert data)";
    }
    return error + "(" + String.join(", ", args) + ")";
  }
}
