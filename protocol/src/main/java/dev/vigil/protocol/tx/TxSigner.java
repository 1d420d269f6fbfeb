package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.rlp.Rlp;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Signs transactions for tests, the devnet and the bench: RFC 6979
 * deterministic ECDSA (the same signatures web3j and most wallets produce),
 * {@code s} normalized to the low half (EIP-2), {@code yParity} the one whose
 * recovery gives the key back. The EIP-1559 access list is always empty. The
 * arithmetic runs in {@link SenderRecovery}'s backend, libsecp256k1 or Bouncy
 * Castle: both sign the same bytes.
 */
public final class TxSigner {
  private static final Bytes EMPTY_LIST = Rlp.encodeList(List.of());
  private static final BigInteger TWO = BigInteger.TWO;

  private TxSigner() {}

  /** The address of the key {@code privateKey} ({@code 1 <= privateKey < n}). */
  public static Address address(BigInteger privateKey) {
    return Secp256k1.address(SenderRecovery.active().publicKey(checked(privateKey)));
  }

  public static Bytes signLegacy(BigInteger privateKey, long chainId, long nonce, BigInteger gasPrice,
      long gasLimit, Address to, BigInteger value, Bytes data) {
    return signLegacy(privateKey, chainId, nonce, gasPrice, gasLimit, Optional.of(to), value, data);
  }

  /** As above; an empty {@code to} makes a contract creation (an unsupported kind on L2). */
  public static Bytes signLegacy(BigInteger privateKey, long chainId, long nonce, BigInteger gasPrice,
      long gasLimit, Optional<Address> to, BigInteger value, Bytes data) {
    List<Bytes> fields = TxFields.legacy(nonce, gasPrice, gasLimit, to, value, data);
    BigInteger chain = BigInteger.valueOf(chainId);
    Signature sig = sign(privateKey, TxFields.legacySigningHash(fields, chain));
    BigInteger v = chain.multiply(TWO).add(BigInteger.valueOf(35 + sig.yParity()));
    return TxFields.signed(TxType.LEGACY, fields, v, sig.r(), sig.s());
  }

  public static Bytes signEip1559(BigInteger privateKey, long chainId, long nonce, BigInteger maxPriority,
      BigInteger maxFee, long gasLimit, Address to, BigInteger value, Bytes data) {
    return signEip1559(privateKey, chainId, nonce, maxPriority, maxFee, gasLimit, Optional.of(to), value, data);
  }

  /** As above; an empty {@code to} makes a contract creation (an unsupported kind on L2). */
  public static Bytes signEip1559(BigInteger privateKey, long chainId, long nonce, BigInteger maxPriority,
      BigInteger maxFee, long gasLimit, Optional<Address> to, BigInteger value, Bytes data) {
    List<Bytes> fields = TxFields.eip1559(BigInteger.valueOf(chainId), nonce, maxPriority, maxFee,
        gasLimit, to, value, data, EMPTY_LIST);
    Signature sig = sign(privateKey, TxFields.eip1559SigningHash(fields));
    return TxFields.signed(TxType.EIP1559, fields, BigInteger.valueOf(sig.yParity()), sig.r(), sig.s());
  }

  /** An ECDSA signature in Ethereum's form. */
  record Signature(int yParity, BigInteger r, BigInteger s) {}

  static Signature sign(BigInteger privateKey, Bytes32 hash) {
    return SenderRecovery.active().sign(checked(privateKey), hash);
  }

  private static BigInteger checked(BigInteger privateKey) {
    if (privateKey.signum() <= 0 || privateKey.compareTo(Secp256k1.N) >= 0) {
      throw new IllegalArgumentException("private key out of range");
    }
    return privateKey;
  }
}
