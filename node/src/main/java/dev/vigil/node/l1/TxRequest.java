package dev.vigil.node.l1;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an L1 writer wants sent; the {@link TxManager} adds nonce, fees and
 * signature.
 *
 * @param to empty for a contract creation
 * @param gasLimit empty to estimate it
 */
public record TxRequest(Optional<Address> to, Bytes data, BigInteger value, OptionalLong gasLimit) {
  public TxRequest {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(data, "data");
    if (value == null || value.signum() < 0) {
      throw new IllegalArgumentException("value must be a non-negative amount");
    }
    Objects.requireNonNull(gasLimit, "gasLimit");
    gasLimit.ifPresent(g -> {
      if (g < 21_000) {
        throw new IllegalArgumentException("gas limit below 21000: " + g);
      }
    });
  }

  /** A call of contract {@code to} with calldata {@code data}. */
  public static TxRequest call(Address to, Bytes data) {
    return new TxRequest(Optional.of(to), data, BigInteger.ZERO, OptionalLong.empty());
  }

  /** A plain ETH transfer. */
  public static TxRequest transfer(Address to, BigInteger value) {
    return new TxRequest(Optional.of(to), Bytes.EMPTY, value, OptionalLong.empty());
  }

  /** A contract creation with init code (bytecode followed by constructor arguments). */
  public static TxRequest create(Bytes initCode) {
    return new TxRequest(Optional.empty(), initCode, BigInteger.ZERO, OptionalLong.empty());
  }

  public TxRequest withValue(BigInteger newValue) {
    return new TxRequest(to, data, newValue, gasLimit);
  }

  /** Skips estimation: the transaction is sent even if it will revert. */
  public TxRequest withGasLimit(long limit) {
    return new TxRequest(to, data, value, OptionalLong.of(limit));
  }
}
