package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.rlp.Rlp;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The unsigned fields of a transaction, RLP-encoded, and the signing hashes of
 * docs/protocol.md 3.1. Shared by the decoder and the signer so that what we
 * sign is what we verify.
 */
final class TxFields {
  static final Bytes TYPE_1559 = Bytes.of((byte) 0x02);
  private static final Bytes RLP_ZERO = Rlp.encodeUint(BigInteger.ZERO);

  private TxFields() {}

  /** {@code [nonce, gasPrice, gasLimit, to, value, data]}, each item encoded. */
  static List<Bytes> legacy(
      long nonce, BigInteger gasPrice, long gasLimit, Optional<Address> to, BigInteger value, Bytes data) {
    List<Bytes> f = new ArrayList<>(9);
    f.add(Rlp.encodeUint64(nonce));
    f.add(Rlp.encodeUint(gasPrice));
    f.add(Rlp.encodeUint64(gasLimit));
    f.add(Rlp.encodeString(to.map(Address::bytes).orElse(Bytes.EMPTY)));
    f.add(Rlp.encodeUint(value));
    f.add(Rlp.encodeString(data));
    return f;
  }

  /** {@code [chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data, accessList]}. */
  static List<Bytes> eip1559(
      BigInteger chainId, long nonce, BigInteger maxPriority, BigInteger maxFee, long gasLimit,
      Optional<Address> to, BigInteger value, Bytes data, Bytes encodedAccessList) {
    List<Bytes> f = new ArrayList<>(12);
    f.add(Rlp.encodeUint(chainId));
    f.add(Rlp.encodeUint64(nonce));
    f.add(Rlp.encodeUint(maxPriority));
    f.add(Rlp.encodeUint(maxFee));
    f.add(Rlp.encodeUint64(gasLimit));
    f.add(Rlp.encodeString(to.map(Address::bytes).orElse(Bytes.EMPTY)));
    f.add(Rlp.encodeUint(value));
    f.add(Rlp.encodeString(data));
    f.add(encodedAccessList);
    return f;
  }

  /** {@code H(rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0]))}. */
  static Bytes32 legacySigningHash(List<Bytes> legacyFields, BigInteger chainId) {
    List<Bytes> f = new ArrayList<>(legacyFields);
    f.add(Rlp.encodeUint(chainId));
    f.add(RLP_ZERO);
    f.add(RLP_ZERO);
    return Keccak.hash(Rlp.encodeList(f));
  }

  /** {@code H(0x02 || rlp([chainId, ..., data, accessList]))}. */
  static Bytes32 eip1559SigningHash(List<Bytes> eip1559Fields) {
    return Keccak.hash(Bytes.concat(TYPE_1559, Rlp.encodeList(eip1559Fields)));
  }

  /** The signed encoding: the unsigned fields followed by the three signature items. */
  static Bytes signed(TxType type, List<Bytes> fields, BigInteger vOrParity, BigInteger r, BigInteger s) {
    List<Bytes> f = new ArrayList<>(fields);
    f.add(Rlp.encodeUint(vOrParity));
    f.add(Rlp.encodeUint(r));
    f.add(Rlp.encodeUint(s));
    Bytes list = Rlp.encodeList(f);
    return type == TxType.LEGACY ? list : Bytes.concat(TYPE_1559, list);
  }
}
