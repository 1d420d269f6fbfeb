package dev.vigil.node.l1;

import java.util.List;
import java.util.stream.Collectors;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.BytesType;
import org.web3j.abi.datatypes.Type;
import org.web3j.utils.Numeric;

/** A decoded ABI value as text for messages: decimal numbers, hex bytes and addresses. */
final class AbiText {
  private AbiText() {}

  static String of(Type<?> value) {
    if (value instanceof Address a) {
      return a.getValue();
    }
    if (value instanceof BytesType b) {
      return Numeric.toHexString(b.getValue());
    }
    Object v = value.getValue();
    if (v instanceof List<?> list) {
      return list.stream().map(e -> e instanceof Type<?> t ? of(t) : String.valueOf(e))
          .collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(v);
  }
}
