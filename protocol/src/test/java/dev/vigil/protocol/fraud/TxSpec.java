package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.Optional;

/**
 * A transaction to generate, field by field (mutable on purpose: scenarios start from a valid
 * transaction and break one rule). {@code maxFee} is the legacy gas price; {@code maxPriority}
 * is ignored for legacy. A non-empty {@code accessList} or a chain id beyond a long needs
 * {@link CustomTx}.
 */
final class TxSpec {
  boolean legacy;
  BigInteger chainId;
  long nonce;
  BigInteger maxPriority = BigInteger.ZERO;
  BigInteger maxFee;
  long gasLimit;
  Optional<Address> to = Optional.empty();
  BigInteger value = BigInteger.ZERO;
  Bytes data = Bytes.EMPTY;
  Bytes accessList;

  /** {@code gasLimit * maxFee + value}: what rule 7 asks the sender to hold. */
  BigInteger cost() {
    return new BigInteger(Long.toUnsignedString(gasLimit)).multiply(maxFee).add(value);
  }

  Bytes sign(BigInteger key) {
    boolean custom = accessList != null || chainId.bitLength() > 62;
    if (legacy) {
      return custom
          ? CustomTx.legacy(key, chainId, nonce, maxFee, gasLimit, to, value, data)
          : TxSigner.signLegacy(key, chainId.longValueExact(), nonce, maxFee, gasLimit, to, value, data);
    }
    if (custom) {
      Bytes list = accessList != null ? accessList : Bytes.fromHex("0xc0");
      return CustomTx.eip1559(key, chainId, nonce, maxPriority, maxFee, gasLimit, to, value, data, list);
    }
    return TxSigner.signEip1559(
        key, chainId.longValueExact(), nonce, maxPriority, maxFee, gasLimit, to, value, data);
  }
}
