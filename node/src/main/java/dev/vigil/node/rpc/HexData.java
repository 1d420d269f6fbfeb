package dev.vigil.node.rpc;

import dev.vigil.protocol.bytes.Bytes;

/** Ethereum JSON-RPC unformatted data: {@code 0x}-prefixed hex, two digits per byte. */
public final class HexData {
  private HexData() {}

  public static String toHex(Bytes data) {
    return data.toHex();
  }

  /**
   * Parses data strictly, in one pass (a raw transaction comes through here on every
   * submission); throws with Geth's reason text.
   */
  public static Bytes parse(String hex) {
    if (hex.length() < 2 || hex.charAt(0) != '0' || (hex.charAt(1) != 'x' && hex.charAt(1) != 'X')) {
      throw new IllegalArgumentException(hex.isEmpty() ? "empty hex string" : "hex string without 0x prefix");
    }
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("hex string of odd length");
    }
    byte[] out = new byte[(hex.length() - 2) / 2];
    for (int i = 0, at = 2; i < out.length; i++, at += 2) {
      int hi = digit(hex.charAt(at));
      int lo = digit(hex.charAt(at + 1));
      if ((hi | lo) < 0) {
        throw new IllegalArgumentException("invalid hex string");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return Bytes.wrap(out);
  }

  /** An ASCII hex digit's value, or -1 (no other script's digits). */
  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
