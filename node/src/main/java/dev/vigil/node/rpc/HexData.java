package dev.vigil.node.rpc;

import dev.vigil.protocol.bytes.Bytes;

/** Ethereum JSON-RPC unformatted data: {@code 0x}-prefixed hex, two digits per byte. */
public final class HexData {
  private HexData() {}

  public static String toHex(Bytes data) {
    return data.toHex();
  }

  /** Parses data strictly; throws with Geth's reason text. */
  public static Bytes parse(String hex) {
    if (hex.length() < 2 || hex.charAt(0) != '0' || (hex.charAt(1) != 'x' && hex.charAt(1) != 'X')) {
      throw new IllegalArgumentException(hex.isEmpty() ? "empty hex string" : "hex string without 0x prefix");
    }
    if (hex.length() % 2 != 0) {
      throw new IllegalArgumentException("hex string of odd length");
    }
    for (int i = 2; i < hex.length(); i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw new IllegalArgumentException("invalid hex string");
      }
    }
    return Bytes.fromHex(hex);
  }
}
