package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.DynamicBytes;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;

/**
 * The few ABI shapes Vigil's bindings use, between the protocol's byte types
 * and Web3j's ABI types (whose names clash with ours, hence the qualified names).
 */
final class Abi {
  private Abi() {}

  static Bytes encodeCall(String name, Type<?>... args) {
    return Bytes.fromHex(FunctionEncoder.encode(new Function(name, List.of(args), List.of())));
  }

  static org.web3j.abi.datatypes.Address address(Address a) {
    return new org.web3j.abi.datatypes.Address(a.toHex());
  }

  static Uint256 uint256(BigInteger v) {
    return new Uint256(v);
  }

  static Uint64 uint64(long v) {
    return new Uint64(BigInteger.valueOf(v));
  }

  static org.web3j.abi.datatypes.generated.Bytes32 bytes32(Bytes32 v) {
    return new org.web3j.abi.datatypes.generated.Bytes32(v.toArray());
  }

  static DynamicBytes bytes(Bytes v) {
    return new DynamicBytes(v.toArray());
  }

  static DynamicArray<org.web3j.abi.datatypes.generated.Bytes32> bytes32Array(List<Bytes32> words) {
    return new DynamicArray<>(org.web3j.abi.datatypes.generated.Bytes32.class,
        words.stream().map(Abi::bytes32).toList());
  }

  /** Decodes ABI-encoded values (no selector); throws IllegalArgumentException if they do not fit. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static List<Type> decode(Bytes encoded, List<TypeReference<?>> types) {
    List<Type> values = FunctionReturnDecoder.decode(encoded.toHex(), (List) types);
    if (values.size() != types.size()) {
      throw new IllegalArgumentException("ABI data of " + encoded.length() + " bytes does not hold "
          + types.size() + " values");
    }
    return values;
  }

  static Type<?> decodeIndexed(Bytes32 topic, TypeReference<?> type) {
    return FunctionReturnDecoder.decodeIndexedValue(topic.toHex(), type);
  }

  static TypeReference<?> ref(Class<? extends Type<?>> type) {
    return TypeReference.create(rawClass(type));
  }

  static TypeReference<?> indexed(Class<? extends Type<?>> type) {
    return TypeReference.create(rawClass(type), true);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static Class<Type> rawClass(Class<? extends Type<?>> type) {
    return (Class) type;
  }

  static BigInteger uint(Type<?> v) {
    return (BigInteger) v.getValue();
  }

  static long u64(Type<?> v) {
    return ((BigInteger) v.getValue()).longValueExact();
  }

  static Address addr(Type<?> v) {
    return Address.fromHex(((org.web3j.abi.datatypes.Address) v).getValue());
  }

  static Bytes32 word(Type<?> v) {
    return Bytes32.wrap(((byte[]) v.getValue()).clone());
  }

  static Bytes dynBytes(Type<?> v) {
    return Bytes.of((byte[]) v.getValue());
  }

  static boolean bool(Type<?> v) {
    return ((Bool) v).getValue();
  }
}
