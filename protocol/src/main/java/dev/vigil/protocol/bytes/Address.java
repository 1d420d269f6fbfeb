package dev.vigil.protocol.bytes;

import java.util.Locale;

/** A 20-byte Ethereum address. */
public record Address(Bytes bytes) implements Comparable<Address> {
  public static final Address ZERO = new Address(Bytes.wrap(new byte[20]));

  public Address {
    if (bytes.length() != 20) {
      throw new IllegalArgumentException("an address is 20 bytes, got " + bytes.length());
    }
  }

  public static Address fromHex(String hex) {
    return new Address(Bytes.fromHex(hex));
  }

  /** The address in the low 20 bytes of a 32-byte word. */
  public static Address fromWord(Bytes32 word) {
    return new Address(Bytes.wrap(java.util.Arrays.copyOfRange(word.unsafeArray(), 12, 32)));
  }

  public String toHex() {
    return bytes.toHex();
  }

  /** EIP-55 mixed-case checksum form. */
  public String toChecksumHex() {
    String lower = bytes.toHex().substring(2);
    byte[] h = Keccak256Holder.hash(lower.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    StringBuilder sb = new StringBuilder("0x");
    for (int i = 0; i < 40; i++) {
      char c = lower.charAt(i);
      int nibble = (h[i / 2] >>> (i % 2 == 0 ? 4 : 0)) & 0xf;
      sb.append(nibble >= 8 ? Character.toUpperCase(c) : c);
    }
    return sb.toString();
  }

  @Override
  public int compareTo(Address o) {
    return bytes.compareTo(o.bytes);
  }

  @Override
  public String toString() {
    return toHex();
  }

  /** Avoids a dependency cycle between the bytes and crypto packages. */
  private static final class Keccak256Holder {
    static byte[] hash(byte[] in) {
      return new org.bouncycastle.jcajce.provider.digest.Keccak.Digest256().digest(in);
    }
  }
}
