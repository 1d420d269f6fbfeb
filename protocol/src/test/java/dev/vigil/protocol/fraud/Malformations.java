package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.Rlp;
import java.util.List;
import java.util.Random;

/**
 * Ways to make signed transaction bytes malformed (docs/protocol.md 3.1), one rule each, plus
 * blind mutations (a flipped byte may give malformed bytes, a bad signature or another sender).
 * Field indices: legacy {@code nonce 0, gasPrice 1, gasLimit 2, to 3, value 4, data 5, v 6,
 * r 7, s 8}; EIP-1559 {@code chainId 0, nonce 1, ..., to 5, value 6, data 7, accessList 8,
 * yParity 9, r 10, s 11}.
 */
final class Malformations {
  private static final List<String> RULES = List.of("random-bytes", "flip-byte", "truncated",
      "trailing-byte", "wrapped-single-byte", "leading-zero-int", "zero-byte-int", "long-form-short",
      "long-form-leading-zero", "list-too-long", "to-19-bytes", "int-33-bytes", "nonce-9-bytes",
      "v-or-parity-out-of-range", "parity-leading-zero", "missing-item", "extra-item", "data-as-list",
      "string-as-access-list", "bad-nested-access-list", "unknown-type", "type-byte-only",
      "legacy-list-in-typed");

  private Malformations() {}

  /** A rule's name and the bytes it makes from the well-formed {@code raw}. */
  record Malformed(String rule, Bytes raw) {}

  static Malformed any(Random rnd, Bytes raw) {
    String rule = RULES.get(rnd.nextInt(RULES.size()));
    return new Malformed(rule, apply(rule, rnd, raw));
  }

  private static Bytes apply(String rule, Random rnd, Bytes raw) {
    boolean typed = CustomTx.typed(raw);
    int nonce = typed ? 1 : 0;
    int value = typed ? 6 : 4;
    int data = typed ? 7 : 5;
    return switch (rule) {
      case "random-bytes" -> randomBytes(rnd);
      case "flip-byte" -> flip(rnd, raw);
      case "truncated" -> raw.slice(0, raw.length() - 1 - rnd.nextInt(Math.min(8, raw.length() - 1)));
      case "trailing-byte" -> Bytes.concat(raw, Bytes.of((byte) rnd.nextInt(256)));
      case "wrapped-single-byte" -> CustomTx.replace(raw, nonce, Bytes.of((byte) 0x81, (byte) (1 + rnd.nextInt(0x7f))));
      case "leading-zero-int" -> CustomTx.replace(raw, value, Bytes.fromHex("0x820005"));
      case "zero-byte-int" -> CustomTx.replace(raw, nonce, Bytes.fromHex("0x00"));
      case "long-form-short" -> CustomTx.replace(raw, data, Bytes.fromHex("0xb800"));
      case "long-form-leading-zero" ->
          CustomTx.replace(raw, data, Bytes.concat(Bytes.fromHex("0xb90040"), Bytes.wrap(new byte[64])));
      case "list-too-long" -> listTooLong(raw);
      case "to-19-bytes" -> CustomTx.replace(raw, typed ? 5 : 3, Rlp.encodeString(Bytes.wrap(new byte[19])));
      case "int-33-bytes" -> CustomTx.replace(raw, value, Rlp.encodeString(ones(33)));
      case "nonce-9-bytes" -> CustomTx.replace(raw, nonce, Rlp.encodeString(ones(9)));
      case "v-or-parity-out-of-range" -> CustomTx.replace(raw, typed ? 9 : 6, typed ? Bytes.of((byte) 2) : Bytes.of((byte) (27 + rnd.nextInt(8))));
      case "parity-leading-zero" -> CustomTx.replace(raw, typed ? 9 : 7, Bytes.fromHex("0x00"));
      case "missing-item" -> dropLast(raw);
      case "extra-item" -> extraItem(raw);
      case "data-as-list" -> CustomTx.replace(raw, data, Bytes.fromHex("0xc180"));
      case "string-as-access-list" -> typed ? CustomTx.replace(raw, 8, Bytes.fromHex("0x80")) : dropLast(raw);
      case "bad-nested-access-list" -> typed ? CustomTx.replace(raw, 8, rnd.nextBoolean() ? Bytes.fromHex("0xc28105") : Bytes.fromHex("0xc2c580")) : extraItem(raw);
      case "unknown-type" -> Bytes.concat(Bytes.of((byte) new int[] {0x00, 0x01, 0x03, 0x04, 0x7f, 0x80, 0xb7}[rnd.nextInt(7)]), typed ? raw.slice(1) : raw);
      case "type-byte-only" -> Bytes.of((byte) 2);
      case "legacy-list-in-typed" -> typed ? raw.slice(1) : Bytes.concat(Bytes.of((byte) 2), raw);
      default -> throw new IllegalArgumentException(rule);
    };
  }

  private static Bytes randomBytes(Random rnd) {
    byte[] b = new byte[1 + rnd.nextInt(150)];
    rnd.nextBytes(b);
    int first = rnd.nextInt(3);
    if (first == 0) {
      b[0] = (byte) (0xc0 + rnd.nextInt(64));
    } else if (first == 1) {
      b[0] = 2;
    }
    return Bytes.wrap(b);
  }

  private static Bytes flip(Random rnd, Bytes raw) {
    byte[] b = raw.toArray();
    b[rnd.nextInt(b.length)] ^= (byte) (1 + rnd.nextInt(255));
    return Bytes.wrap(b);
  }

  /** The outer list's header claims one byte more than there is. */
  private static Bytes listTooLong(Bytes raw) {
    Bytes payload = concat(CustomTx.fields(raw));
    Bytes longer = Rlp.encodeList(List.of(Bytes.wrap(new byte[payload.length() + 1])));
    Bytes header = longer.slice(0, longer.length() - payload.length() - 1);
    Bytes list = Bytes.concat(header, payload);
    return CustomTx.typed(raw) ? Bytes.concat(Bytes.of((byte) 2), list) : list;
  }

  private static Bytes dropLast(Bytes raw) {
    List<Bytes> f = CustomTx.fields(raw);
    return CustomTx.withFields(raw, f.subList(0, f.size() - 1));
  }

  private static Bytes extraItem(Bytes raw) {
    List<Bytes> f = new java.util.ArrayList<>(CustomTx.fields(raw));
    f.add(Bytes.fromHex("0x80"));
    return CustomTx.withFields(raw, f);
  }

  private static Bytes ones(int n) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) 1);
    return Bytes.wrap(b);
  }

  private static Bytes concat(List<Bytes> parts) {
    return Bytes.concat(parts.toArray(Bytes[]::new));
  }
}
