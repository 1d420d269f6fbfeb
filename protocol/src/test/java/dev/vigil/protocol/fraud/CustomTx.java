package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.rlp.RlpException;
import dev.vigil.protocol.rlp.RlpItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Sign;

/**
 * Transactions the production signer does not make: any chain id (up to 32 bytes), a non-empty
 * access list, and field-level surgery on signed bytes. Signed with web3j (low-s, RFC 6979).
 */
final class CustomTx {
  private static final Bytes TYPE_1559 = Bytes.of((byte) 2);
  private static final Bytes ZERO = Rlp.encodeUint(BigInteger.ZERO);

  private CustomTx() {}

  static Bytes eip1559(BigInteger key, BigInteger chainId, long nonce, BigInteger maxPriority,
      BigInteger maxFee, long gasLimit, Optional<Address> to, BigInteger value, Bytes data,
      Bytes accessList) {
    List<Bytes> f = new ArrayList<>(List.of(Rlp.encodeUint(chainId), Rlp.encodeUint64(nonce),
        Rlp.encodeUint(maxPriority), Rlp.encodeUint(maxFee), Rlp.encodeUint64(gasLimit),
        encodeTo(to), Rlp.encodeUint(value), Rlp.encodeString(data), accessList));
    Sign.SignatureData sig = sign(key, Keccak.hash(Bytes.concat(TYPE_1559, Rlp.encodeList(f))));
    f.add(Rlp.encodeUint(BigInteger.valueOf(sig.getV()[0] - 27)));
    f.add(Rlp.encodeUint(new BigInteger(1, sig.getR())));
    f.add(Rlp.encodeUint(new BigInteger(1, sig.getS())));
    return Bytes.concat(TYPE_1559, Rlp.encodeList(f));
  }

  static Bytes legacy(BigInteger key, BigInteger chainId, long nonce, BigInteger gasPrice,
      long gasLimit, Optional<Address> to, BigInteger value, Bytes data) {
    List<Bytes> f = new ArrayList<>(List.of(Rlp.encodeUint64(nonce), Rlp.encodeUint(gasPrice),
        Rlp.encodeUint64(gasLimit), encodeTo(to), Rlp.encodeUint(value), Rlp.encodeString(data)));
    List<Bytes> signed = new ArrayList<>(f);
    signed.addAll(List.of(Rlp.encodeUint(chainId), ZERO, ZERO));
    Sign.SignatureData sig = sign(key, Keccak.hash(Rlp.encodeList(signed)));
    BigInteger v = chainId.shiftLeft(1).add(BigInteger.valueOf(35 + sig.getV()[0] - 27));
    f.add(Rlp.encodeUint(v));
    f.add(Rlp.encodeUint(new BigInteger(1, sig.getR())));
    f.add(Rlp.encodeUint(new BigInteger(1, sig.getS())));
    return Rlp.encodeList(f);
  }

  /** The encoded top-level items of a well-formed transaction. */
  static List<Bytes> fields(Bytes raw) {
    try {
      RlpItem list = Rlp.decode(typed(raw) ? raw.slice(1) : raw);
      List<Bytes> out = new ArrayList<>();
      for (RlpItem i : list.asList("tx")) {
        out.add(Rlp.encode(i));
      }
      return out;
    } catch (RlpException e) {
      throw new IllegalArgumentException("not a well-formed transaction", e);
    }
  }

  /** {@code raw} with the encoded top-level items replaced by {@code fields} (same type byte). */
  static Bytes withFields(Bytes raw, List<Bytes> fields) {
    Bytes list = Rlp.encodeList(fields);
    return typed(raw) ? Bytes.concat(TYPE_1559, list) : list;
  }

  /** {@code raw} with item {@code index} replaced by the encoded item {@code item}. */
  static Bytes replace(Bytes raw, int index, Bytes item) {
    List<Bytes> f = fields(raw);
    f.set(index, item);
    return withFields(raw, f);
  }

  static boolean typed(Bytes raw) {
    return raw.getUnsigned(0) == 2;
  }

  private static Bytes encodeTo(Optional<Address> to) {
    return Rlp.encodeString(to.map(Address::bytes).orElse(Bytes.EMPTY));
  }

  private static Sign.SignatureData sign(BigInteger key, Bytes32 hash) {
    return Sign.signMessage(hash.toArray(), ECKeyPair.create(key), false);
  }
}
