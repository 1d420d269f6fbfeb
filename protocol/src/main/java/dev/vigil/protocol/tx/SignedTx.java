package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * A decoded signed transaction. {@code nonce} and {@code gasLimit} are unsigned
 * 64-bit integers held in a {@code long}. For a legacy transaction the two
 * EIP-1559 prices equal {@code gasPrice}; for an EIP-1559 transaction
 * {@code gasPrice} equals {@code maxFeePerGas} (as Geth's {@code GasPrice()}).
 *
 * <p>{@code chainId} is the signed chain id, or {@link #UNREPRESENTABLE_CHAIN_ID}
 * when it is {@code 2^63} or more: the wire allows up to 32 bytes, but such a
 * chain id can never equal an L2 chain id, so only "wrong chain id" matters.
 * The signing hash was computed from the chain id as received.
 */
public record SignedTx(
    TxType type,
    long chainId,
    long nonce,
    BigInteger gasPrice,
    BigInteger maxPriorityFeePerGas,
    BigInteger maxFeePerGas,
    long gasLimit,
    Optional<Address> to,
    BigInteger value,
    Bytes data,
    int yParity,
    BigInteger r,
    BigInteger s,
    Bytes32 signingHash,
    Bytes32 hash,
    Bytes raw) {

  /** Stands for any chain id of {@code 2^63} or more. */
  public static final long UNREPRESENTABLE_CHAIN_ID = -1;

  public SignedTx {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(signingHash, "signingHash");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(raw, "raw");
    for (BigInteger v : new BigInteger[] {gasPrice, maxPriorityFeePerGas, maxFeePerGas, value, r, s}) {
      if (v.signum() < 0 || v.bitLength() > 256) {
        throw new IllegalArgumentException("not a uint256: " + v);
      }
    }
    if (chainId < UNREPRESENTABLE_CHAIN_ID) {
      throw new IllegalArgumentException("chain id " + chainId);
    }
    if (yParity != 0 && yParity != 1) {
      throw new IllegalArgumentException("yParity " + yParity);
    }
    boolean pricesAgree = type == TxType.LEGACY
        ? gasPrice.equals(maxPriorityFeePerGas) && gasPrice.equals(maxFeePerGas)
        : gasPrice.equals(maxFeePerGas);
    if (!pricesAgree) {
      throw new IllegalArgumentException("prices do not agree with the type " + type);
    }
  }

  /** The price per gas the sender must be able to pay: {@code gasPrice} or {@code maxFeePerGas}. */
  public BigInteger maxPrice() {
    return maxFeePerGas;
  }

  /** What one gas costs the sender: {@code gasPrice}, or {@code min(maxFee, baseFee + maxPriority)}. */
  public BigInteger effectivePrice(BigInteger baseFee) {
    if (type == TxType.LEGACY) {
      return gasPrice;
    }
    return maxFeePerGas.min(baseFee.add(maxPriorityFeePerGas));
  }

  /** {@code gasLimit} as an unsigned value. */
  public BigInteger gasLimitBig() {
    return new BigInteger(Long.toUnsignedString(gasLimit));
  }
}
