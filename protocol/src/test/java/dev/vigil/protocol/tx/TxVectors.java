package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.rlp.RlpException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the Java decoder reads from raw bytes, as one row of
 * {@code vectors/tx-decoding.json} (format in vectors/README.md). Every row
 * has every field; the fields a row does not use are zero words, the zero
 * address, {@code "0x"}, {@code ""} or 0.
 */
final class TxVectors {
  private static final String ZERO_ADDRESS = Address.ZERO.toHex();
  private static final String ZERO_WORD = Bytes32.ZERO.toHex();

  private TxVectors() {}

  static Map<String, Object> describe(String name, Bytes raw) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("name", name);
    v.put("raw", raw.toHex());
    TxDecoding d = TxDecoder.decode(raw);
    SignedTx tx = d instanceof TxDecoding.Ok ok ? ok.tx() : null;
    v.put("malformed", tx == null);
    v.put("reason", d instanceof TxDecoding.Malformed m ? m.reason() : "");
    v.put("type", tx == null ? 0 : tx.type() == TxType.LEGACY ? 0 : 2);
    v.put("chainId", tx == null ? ZERO_WORD : word(signedChainId(tx)));
    v.put("nonce", tx == null ? ZERO_WORD : word(tx.nonce()));
    v.put("maxPriorityFeePerGas", tx == null ? ZERO_WORD : word(tx.maxPriorityFeePerGas()));
    v.put("maxFeePerGas", tx == null ? ZERO_WORD : word(tx.maxFeePerGas()));
    v.put("gasLimit", tx == null ? ZERO_WORD : word(tx.gasLimit()));
    v.put("to", tx == null ? "0x" : tx.to().map(Address::toHex).orElse("0x"));
    v.put("value", tx == null ? ZERO_WORD : word(tx.value()));
    v.put("data", tx == null ? "0x" : tx.data().toHex());
    v.put("yParity", tx == null ? 0 : tx.yParity());
    v.put("r", tx == null ? ZERO_WORD : word(tx.r()));
    v.put("s", tx == null ? ZERO_WORD : word(tx.s()));
    v.put("signingHash", tx == null ? ZERO_WORD : tx.signingHash().toHex());
    v.put("hash", tx == null ? ZERO_WORD : tx.hash().toHex());
    Optional<Address> sender = tx == null ? Optional.empty() : SenderRecovery.recover(tx);
    v.put("signatureValid", sender.isPresent());
    v.put("sender", sender.map(Address::toHex).orElse(ZERO_ADDRESS));
    kind(v, tx == null ? null : TxClassifier.classify(tx));
    return v;
  }

  /** {@code kind}, {@code gas}, {@code kindToken}, {@code kindTo}, {@code kindAmount}, {@code unsupportedReason}. */
  private static void kind(Map<String, Object> v, TxKind k) {
    String name = "";
    Address token = Address.ZERO;
    Address to = Address.ZERO;
    BigInteger amount = BigInteger.ZERO;
    String reason = "";
    if (k instanceof TxKind.EthTransfer t) {
      name = "ethTransfer";
      to = t.to();
      amount = t.value();
    } else if (k instanceof TxKind.TokenTransfer t) {
      name = "tokenTransfer";
      token = t.token();
      to = t.to();
      amount = t.amount();
    } else if (k instanceof TxKind.EthWithdrawal w) {
      name = "ethWithdrawal";
      to = w.recipient();
      amount = w.amount();
    } else if (k instanceof TxKind.TokenWithdrawal w) {
      name = "tokenWithdrawal";
      token = w.token();
      to = w.recipient();
      amount = w.amount();
    } else if (k instanceof TxKind.Unsupported u) {
      name = "unsupported";
      reason = u.reason();
    }
    v.put("kind", name);
    v.put("gas", k == null ? 0 : k.gas());
    v.put("kindToken", token.toHex());
    v.put("kindTo", to.toHex());
    v.put("kindAmount", word(amount));
    v.put("unsupportedReason", reason);
  }

  private static String word(BigInteger v) {
    return Bytes32.fromBigInteger(v).toHex();
  }

  private static String word(long unsigned) {
    return word(new BigInteger(Long.toUnsignedString(unsigned)));
  }

  /** The chain id as signed: legacy {@code (v - 35) / 2}, EIP-1559 the first field. */
  private static BigInteger signedChainId(SignedTx tx) {
    if (tx.chainId() != SignedTx.UNREPRESENTABLE_CHAIN_ID) {
      return BigInteger.valueOf(tx.chainId());
    }
    try {
      Bytes list = tx.type() == TxType.LEGACY ? tx.raw() : tx.raw().slice(1);
      var items = Rlp.decode(list).asList("tx");
      return tx.type() == TxType.LEGACY
          ? items.get(6).asUint("v", 32).subtract(BigInteger.valueOf(35)).shiftRight(1)
          : items.get(0).asUint("chainId", 32);
    } catch (RlpException e) {
      throw new IllegalStateException("decoded once already", e);
    }
  }
}
