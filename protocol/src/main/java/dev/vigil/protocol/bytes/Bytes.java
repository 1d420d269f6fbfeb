package dev.vigil.protocol.bytes;

import java.util.Arrays;
import java.util.HexFormat;

/** An immutable byte string. Wire values never carry a raw {@code byte[]}. */
public final class Bytes implements Comparable<Bytes> {
  public static final Bytes EMPTY = new Bytes(new byte[0]);
  private static final HexFormat HEX = HexFormat.of();

  private final byte[] data;
  private int hash;

  private Bytes(byte[] data) {
    this.data = data;
  }

  /** Copies {@code data}. */
  public static Bytes of(byte... data) {
    return data.length == 0 ? EMPTY : new Bytes(data.clone());
  }

  /** Takes ownership of {@code data}: the caller must not change it afterwards. */
  public static Bytes wrap(byte[] data) {
    return data.length == 0 ? EMPTY : new Bytes(data);
  }

  /** Parses hex with or without a 0x prefix; an odd length is an error. */
  public static Bytes fromHex(String hex) {
    String h = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
    if (h.length() % 2 != 0) {
      throw new IllegalArgumentException("hex string of odd length: " + hex);
    }
    return wrap(HEX.parseHex(h));
  }

  public static Bytes concat(Bytes... parts) {
    int n = 0;
    for (Bytes p : parts) {
      n += p.data.length;
    }
    byte[] out = new byte[n];
    int at = 0;
    for (Bytes p : parts) {
      System.arraycopy(p.data, 0, out, at, p.data.length);
      at += p.data.length;
    }
    return wrap(out);
  }

  public int length() {
    return data.length;
  }

  public boolean isEmpty() {
    return data.length == 0;
  }

  public byte get(int i) {
    return data[i];
  }

  /** Unsigned value of byte {@code i}. */
  public int getUnsigned(int i) {
    return data[i] & 0xff;
  }

  public Bytes slice(int from, int to) {
    return wrap(Arrays.copyOfRange(data, from, to));
  }

  public Bytes slice(int from) {
    return slice(from, data.length);
  }

  /** A fresh copy of the content. */
  public byte[] toArray() {
    return data.clone();
  }

  /** The backing array, for hashing and I/O hot paths only: never modify it. */
  public byte[] unsafeArray() {
    return data;
  }

  /** Lower-case hex with a 0x prefix. */
  public String toHex() {
    return "0x" + HEX.formatHex(data);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes b && Arrays.equals(data, b.data);
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
  public int compareTo(Bytes o) {
    return Arrays.compareUnsigned(data, o.data);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
