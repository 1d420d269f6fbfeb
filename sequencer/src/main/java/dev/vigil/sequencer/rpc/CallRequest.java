package dev.vigil.sequencer.rpc;

import dev.vigil.node.rpc.HexData;
import dev.vigil.node.rpc.JsonRpcException;
import dev.vigil.node.rpc.Quantity;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.protocol.tx.TxType;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.Optional;

/** The call object of {@code eth_call} and {@code eth_estimateGas}: the fields the L2 looks at. */
record CallRequest(Optional<Address> to, BigInteger value, Bytes data) {

  static CallRequest parse(JsonObject o) {
    try {
      Optional<Address> to = o.getValue("to") instanceof String s
          ? Optional.of(new Address(fixed(HexData.parse(s), 20)))
          : Optional.empty();
      BigInteger value = o.getValue("value") instanceof String v ? Quantity.parse(v) : BigInteger.ZERO;
      Object input = o.getValue("input") != null ? o.getValue("input") : o.getValue("data");
      Bytes data = input instanceof String d ? HexData.parse(d) : Bytes.EMPTY;
      return new CallRequest(to, value, data);
    } catch (IllegalArgumentException e) {
      throw JsonRpcException.invalidParams("invalid argument 0 (call): " + e.getMessage());
    }
  }

  private static Bytes fixed(Bytes b, int length) {
    if (b.length() != length) {
      throw new IllegalArgumentException("expected " + length + " bytes, got " + b.length());
    }
    return b;
  }

  /**
   * The kind a transaction with these fields would have. The classifier reads only {@code to},
   * {@code value} and {@code data}, so an unsigned stand-in carries them; nothing else of it is
   * ever read.
   */
  TxKind kind() {
    SignedTx standIn = new SignedTx(TxType.LEGACY, 0, 0, BigInteger.ZERO, BigInteger.ZERO,
        BigInteger.ZERO, 0, to, value, data, 0, BigInteger.ZERO, BigInteger.ZERO, Bytes32.ZERO,
        Bytes32.ZERO, Bytes.EMPTY);
    return TxClassifier.classify(standIn);
  }
}
