package dev.vigil.protocol.bytes;

import java.math.BigInteger;
import java.util.Arrays;

/** An immutable 32-byte word: a hash, a tree key or a tree value. */
public final class Bytes32 implements Comparable<Bytes32> {
  public static final Bytes32 ZERO = new Bytes32(new byte[32]);

  private final byte[] data;
  private int hash;

  private Bytes32(byte[] data) {
    this.data = data;
  }

  public static Bytes32 wrap(byte[] data) {
    if (data.length != 32) {
      throw new IllegalArgumentException("expected 32 bytes, got " + data.length);
    }
    return new Bytes32(data);
  }

  public static Bytes32 of(Bytes b) {
    return wrap(b.toArray());
  }

  public static Bytes32 fromHex(String hex) {
    return of(Bytes.fromHex(hex));
  }

  /** {@code v} as a 32-byte big-endian word; {@code 0 <= v < 2^256}. */
  public static Bytes32 fromBigInteger(BigInteger v) {
    if (v.signum() < 0 || v.bitLength() > 256) {
      throw new IllegalArgumentException("not a uint256: " + v);
    }
    byte[] raw = v.toByteArray();
    byte[] out = new byte[32];
    int n = Math.min(raw.length, 32);
    System.arraycopy(raw, raw.length - n, out, 32 - n, n);
    return new Bytes32(out);
  }

  public static Bytes32 fromLong(long v) {
    byte[] out = new byte[32];
    for (int i = 0; i < 8; i++) {
      out[31 - i] = (byte) (v >>> (8 * i));
    }
    return new Bytes32(out);
  }

  public BigInteger toBigInteger() {
    return new BigInteger(1, data);
  }

  public boolean isZero() {
    for (byte b : data) {
      if (b != 0) {
        return false;
      }
    }
    return true;
  }

  /** Bit {@code i} counted from the most significant bit (bit 0). */
  public int bit(int i) {
    return (data[i >>> 3] >>> (7 - (i & 7))) & 1;
  }

  public byte[] toArray() {
    return data.clone();
  }

  /** The backing array, for hashing hot paths only: never modify it. */
  public byte[] unsafeArray() {
    return data;
  }

  public Bytes toBytes() {
    return Bytes.of(data);
  }

  public String toHex() {
    return Bytes.wrap(data).toHex();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes32 b && Arrays.equals(data, b.data);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(data);
      hash = h;
    }
    return h;
  }

  @Override
  public int compareTo(Bytes32 o) {
    return Arrays.compareUnsigned(data, o.data);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
