package dev.vigil.node.storage;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** The codecs the nodes' columns are built from. */
public final class Codecs {
  private Codecs() {}

  public static final Codec<Bytes> BYTES = new Codec<>() {
    @Override
    public Bytes encode(Bytes value) {
      return value;
    }

    @Override
    public Bytes decode(Bytes bytes) {
      return bytes;
    }
  };

  public static final Codec<Bytes32> BYTES32 = new Codec<>() {
    @Override
    public Bytes encode(Bytes32 value) {
      return value.toBytes();
    }

    @Override
    public Bytes32 decode(Bytes bytes) {
      return Bytes32.of(bytes);
    }
  };

  public static final Codec<Address> ADDRESS = new Codec<>() {
    @Override
    public Bytes encode(Address value) {
      return value.bytes();
    }

    @Override
    public Address decode(Bytes bytes) {
      return new Address(bytes);
    }
  };

  /**
   * An unsigned 64-bit integer as 8 big-endian bytes, so that block numbers and
   * indices iterate in numeric order (negative longs sort after all others).
   */
  public static final Codec<Long> UINT64 = new Codec<>() {
    @Override
    public Bytes encode(Long value) {
      return Bytes.wrap(ByteBuffer.allocate(8).putLong(value).array());
    }

    @Override
    public Long decode(Bytes bytes) {
      requireLength(bytes, 8);
      return ByteBuffer.wrap(bytes.unsafeArray()).getLong();
    }
  };

  /** A uint256 as a 32-byte big-endian word (numeric order). */
  public static final Codec<BigInteger> UINT256 = new Codec<>() {
    @Override
    public Bytes encode(BigInteger value) {
      return Bytes32.fromBigInteger(value).toBytes();
    }

    @Override
    public BigInteger decode(Bytes bytes) {
      return Bytes32.of(bytes).toBigInteger();
    }
  };

  public static final Codec<String> UTF8 = new Codec<>() {
    @Override
    public Bytes encode(String value) {
      return Bytes.wrap(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String decode(Bytes bytes) {
      return new String(bytes.unsafeArray(), StandardCharsets.UTF_8);
    }
  };

  private static void requireLength(Bytes bytes, int length) {
    if (bytes.length() != length) {
      throw new IllegalArgumentException("expected " + length + " bytes, got " + bytes.length());
    }
  }
}
