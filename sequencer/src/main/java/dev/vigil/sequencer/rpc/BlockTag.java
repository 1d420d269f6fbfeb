package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.Quantity;

/**
 * A block parameter (Ethereum JSON-RPC): a named tag or a block number. {@code safe} is the
 * newest L2 block inside a batch on L1, {@code finalized} the newest one inside a finalized batch.
 */
public sealed interface BlockTag {
  record Latest() implements BlockTag {}

  record Pending() implements BlockTag {}

  record Earliest() implements BlockTag {}

  record Safe() implements BlockTag {}

  record Finalized() implements BlockTag {}

  record Number(long number) implements BlockTag {
    public Number {
      if (number < 0) {
        throw new IllegalArgumentException("negative block number");
      }
    }
  }

  /** Parses a tag or a hex block number; throws {@link IllegalArgumentException} with the reason. */
  static BlockTag parse(String s) {
    switch (s) {
      case "latest":
        return new Latest();
      case "pending":
        return new Pending();
      case "earliest":
        return new Earliest();
      case "safe":
        return new Safe();
      case "finalized":
        return new Finalized();
      default:
        return new Number(Quantity.parseLong(s));
    }
  }
}
