package dev.vigil.protocol.tx;

import dev.vigil.protocol.batch.ProtocolLimits;
import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.rlp.RlpException;
import dev.vigil.protocol.rlp.RlpItem;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Strict transaction decoding, docs/protocol.md 3.1:
 *
 * <pre>
 * legacy:   rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s])    v = chainId * 2 + 35 + yParity
 * EIP-1559: 0x02 || rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value,
 *                        data, accessList, yParity, r, s])
 * </pre>
 *
 * Beyond strict RLP ({@link Rlp}): at most {@code MAX_TX_SIZE} bytes; first
 * byte {@code 0x02} or {@code >= 0xc0}; exactly 9 (legacy) or 12 (EIP-1559)
 * items; every field but {@code accessList} a string; integers canonical, at
 * most 32 bytes, 8 for {@code nonce} and {@code gasLimit}; {@code to} empty or
 * 20 bytes; {@code accessList} a list (contents unread); {@code yParity} 0 or
 * 1; legacy {@code v >= 35}. The signature itself is checked later, by
 * {@link SenderRecovery}.
 */
public final class TxDecoder {
  private static final BigInteger V_OFFSET = BigInteger.valueOf(35);
  private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

  private TxDecoder() {}

  public static TxDecoding decode(Bytes raw) {
    if (raw.length() > ProtocolLimits.MAX_TX_SIZE) {
      return new TxDecoding.Malformed("oversized data");
    }
    if (raw.isEmpty()) {
      return new TxDecoding.Malformed("typed transaction too short");
    }
    int first = raw.getUnsigned(0);
    try {
      if (first >= 0xc0) {
        return new TxDecoding.Ok(legacy(raw));
      }
      if (first == 0x02) {
        return new TxDecoding.Ok(eip1559(raw));
      }
    } catch (RlpException e) {
      return new TxDecoding.Malformed(e.getMessage());
    }
    return new TxDecoding.Malformed("transaction type not supported");
  }

  private static SignedTx legacy(Bytes raw) throws RlpException {
    List<RlpItem> f = fields(Rlp.decode(raw), 9, "legacy transaction");
    long nonce = f.get(0).asUint64("nonce");
    BigInteger gasPrice = f.get(1).asUint("gasPrice", 32);
    long gasLimit = f.get(2).asUint64("gasLimit");
    Optional<Address> to = to(f.get(3));
    BigInteger value = f.get(4).asUint("value", 32);
    Bytes data = f.get(5).asString("data");
    BigInteger v = f.get(6).asUint("v", 32);
    BigInteger r = f.get(7).asUint("r", 32);
    BigInteger s = f.get(8).asUint("s", 32);
    if (v.compareTo(V_OFFSET) < 0) {
      throw new RlpException("only replay-protected (EIP-155) transactions allowed");
    }
    BigInteger chainId = v.subtract(V_OFFSET).shiftRight(1);
    int yParity = v.testBit(0) ? 0 : 1; // v - 35 even <=> v odd
    Bytes32 signingHash = TxFields.legacySigningHash(
        TxFields.legacy(nonce, gasPrice, gasLimit, to, value, data), chainId);
    return new SignedTx(TxType.LEGACY, chainIdLong(chainId), nonce, gasPrice, gasPrice, gasPrice,
        gasLimit, to, value, data, yParity, r, s, signingHash, Keccak.hash(raw), raw);
  }

  private static SignedTx eip1559(Bytes raw) throws RlpException {
    List<RlpItem> f = fields(Rlp.decode(raw.slice(1)), 12, "EIP-1559 transaction");
    BigInteger chainId = f.get(0).asUint("chainId", 32);
    long nonce = f.get(1).asUint64("nonce");
    BigInteger maxPriority = f.get(2).asUint("maxPriorityFeePerGas", 32);
    BigInteger maxFee = f.get(3).asUint("maxFeePerGas", 32);
    long gasLimit = f.get(4).asUint64("gasLimit");
    Optional<Address> to = to(f.get(5));
    BigInteger value = f.get(6).asUint("value", 32);
    Bytes data = f.get(7).asString("data");
    f.get(8).asList("accessList");
    BigInteger yParity = f.get(9).asUint("yParity", 32);
    BigInteger r = f.get(10).asUint("r", 32);
    BigInteger s = f.get(11).asUint("s", 32);
    if (yParity.bitLength() > 1) {
      throw new RlpException("invalid transaction v, r, s values: yParity is neither 0 nor 1");
    }
    Bytes32 signingHash = TxFields.eip1559SigningHash(TxFields.eip1559(
        chainId, nonce, maxPriority, maxFee, gasLimit, to, value, data, Rlp.encode(f.get(8))));
    return new SignedTx(TxType.EIP1559, chainIdLong(chainId), nonce, maxFee, maxPriority, maxFee,
        gasLimit, to, value, data, yParity.intValue(), r, s, signingHash, Keccak.hash(raw), raw);
  }

  private static List<RlpItem> fields(RlpItem item, int count, String what) throws RlpException {
    List<RlpItem> f = item.asList(what);
    if (f.size() != count) {
      throw new RlpException("rlp: " + what + " has " + f.size() + " elements, expected " + count);
    }
    return f;
  }

  private static Optional<Address> to(RlpItem item) throws RlpException {
    Bytes b = item.asString("to");
    if (b.isEmpty()) {
      return Optional.empty();
    }
    if (b.length() != 20) {
      throw new RlpException("rlp: to is " + b.length() + " bytes, expected 0 or 20");
    }
    return Optional.of(new Address(b));
  }

  private static long chainIdLong(BigInteger chainId) {
    return chainId.compareTo(MAX_LONG) > 0 ? SignedTx.UNREPRESENTABLE_CHAIN_ID : chainId.longValue();
  }
}
