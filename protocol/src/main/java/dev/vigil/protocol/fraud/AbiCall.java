package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal Solidity ABI call encoder for the field types of a fraud proof: unsigned integers,
 * {@code bytes32}, {@code bytes} and {@code bytes32[]}. Static values sit in the head; dynamic
 * ones put their offset (from the start of the head) in the head and their length-prefixed,
 * zero-padded contents in the tail, in order. {@link #encodeAsTuple} passes the values as the
 * fields of one struct argument: the same encoding behind one offset word.
 */
final class AbiCall {
  private final String signature;
  private final List<byte[]> heads = new ArrayList<>();
  private final List<byte[]> tails = new ArrayList<>(); // null for a static argument

  AbiCall(String signature) {
    this.signature = signature;
  }

  AbiCall uint(long value) {
    return add(Bytes32.fromLong(value).toArray(), null);
  }

  AbiCall word(Bytes32 value) {
    return add(value.toArray(), null);
  }

  AbiCall bytes(Bytes value) {
    int padded = (value.length() + 31) / 32 * 32;
    byte[] tail = new byte[32 + padded];
    System.arraycopy(Bytes32.fromLong(value.length()).unsafeArray(), 0, tail, 0, 32);
    System.arraycopy(value.unsafeArray(), 0, tail, 32, value.length());
    return add(null, tail);
  }

  AbiCall words(List<Bytes32> values) {
    ByteArrayOutputStream tail = new ByteArrayOutputStream();
    tail.writeBytes(Bytes32.fromLong(values.size()).unsafeArray());
    values.forEach(v -> tail.writeBytes(v.unsafeArray()));
    return add(null, tail.toByteArray());
  }

  /** The call with the values as the fields of one (dynamic) struct argument. */
  Bytes encodeAsTuple() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(selector());
    out.writeBytes(Bytes32.fromLong(32).unsafeArray());
    writeValues(out);
    return Bytes.wrap(out.toByteArray());
  }

  private byte[] selector() {
    return Keccak.hash(signature.getBytes(StandardCharsets.US_ASCII)).toBytes().slice(0, 4).toArray();
  }

  private void writeValues(ByteArrayOutputStream out) {
    long offset = 32L * heads.size();
    for (int i = 0; i < heads.size(); i++) {
      if (tails.get(i) == null) {
        out.writeBytes(heads.get(i));
      } else {
        out.writeBytes(Bytes32.fromLong(offset).unsafeArray());
        offset += tails.get(i).length;
      }
    }
    tails.stream().filter(t -> t != null).forEach(out::writeBytes);
  }

  private AbiCall add(byte[] head, byte[] tail) {
    heads.add(head);
    tails.add(tail);
    return this;
  }
}
