package dev.vigil.node.rpc;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigInteger;
import java.util.function.Function;

/**
 * Strict, positional reading of a method's params. Every failure is a -32602
 * error that names the argument: {@code invalid argument 0 (address): hex
 * string of odd length}.
 */
public final class Params {
  private final JsonArray params;

  private Params(JsonArray params) {
    this.params = params;
  }

  public static Params of(JsonArray params) {
    return new Params(params == null ? new JsonArray() : params);
  }

  public int size() {
    return params.size();
  }

  /** Requires between {@code min} and {@code max} arguments. */
  public Params count(int min, int max) {
    if (params.size() < min) {
      throw JsonRpcException.invalidParams("missing value for required argument " + params.size());
    }
    if (params.size() > max) {
      throw JsonRpcException.invalidParams("too many arguments, want at most " + max);
    }
    return this;
  }

  /** Whether argument {@code i} is given and not null (optional arguments). */
  public boolean has(int i) {
    return i < params.size() && params.getValue(i) != null;
  }

  public BigInteger quantity(int i, String name) {
    return parse(i, name, Quantity::parse);
  }

  public long longQuantity(int i, String name) {
    return parse(i, name, Quantity::parseLong);
  }

  public Bytes data(int i, String name) {
    return parse(i, name, HexData::parse);
  }

  public Bytes32 bytes32(int i, String name) {
    return parse(i, name, hex -> Bytes32.of(fixedLength(HexData.parse(hex), 32)));
  }

  public Address address(int i, String name) {
    return parse(i, name, hex -> new Address(fixedLength(HexData.parse(hex), 20)));
  }

  public String string(int i, String name) {
    return parse(i, name, s -> s);
  }

  public boolean bool(int i, String name) {
    Object v = value(i, name);
    if (!(v instanceof Boolean b)) {
      throw invalid(i, name, "expected a boolean");
    }
    return b;
  }

  public JsonObject object(int i, String name) {
    Object v = value(i, name);
    if (!(v instanceof JsonObject o)) {
      throw invalid(i, name, "expected an object");
    }
    return o;
  }

  /** Argument {@code i} (a string) parsed by {@code parser}, whose exceptions name the problem. */
  public <T> T parse(int i, String name, Function<String, T> parser) {
    Object v = value(i, name);
    if (!(v instanceof String s)) {
      throw invalid(i, name, "expected a string");
    }
    try {
      return parser.apply(s);
    } catch (IllegalArgumentException e) {
      throw invalid(i, name, e.getMessage());
    }
  }

  private Object value(int i, String name) {
    if (!has(i)) {
      throw JsonRpcException.invalidParams("missing value for required argument " + i + " (" + name + ")");
    }
    return params.getValue(i);
  }

  private static Bytes fixedLength(Bytes b, int length) {
    if (b.length() != length) {
      throw new IllegalArgumentException("expected " + length + " bytes, got " + b.length());
    }
    return b;
  }

  private static JsonRpcException invalid(int i, String name, String reason) {
    return JsonRpcException.invalidParams("invalid argument " + i + " (" + name + "): " + reason);
  }
}
