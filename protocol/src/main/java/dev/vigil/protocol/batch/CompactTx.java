package dev.vigil.protocol.batch;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxType;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compact transactions (docs/protocol.md 3.5), a lossless re-encoding of signed ETH and token
 * transfers for batch calldata:
 *
 * <pre>
 * compact = u8(flags) || int(nonce) || fees || int(gasLimit) || addr(to) || body || b32(r) || b32(s)
 * flags   = bit 0: EIP-1559 (else legacy); bit 1: token transfer (else ETH); bit 2: yParity
 * fees    = int(gasPrice) | int(maxPriorityFeePerGas) || int(maxFeePerGas)
 * body    = int(value)    | addr(recipient) || int(amount)
 * </pre>
 *
 * ({@code int} is {@link CompactInt}.) The chain id is not in the bytes: expansion uses the
 * rollup's {@code l2ChainId}. A form is only ever written when it expands back to the raw bytes
 * it came from, so the transaction hash does not depend on the framing.
 */
public final class CompactTx {
  static final int EIP1559 = 0x01;
  static final int TOKEN = 0x02;
  static final int PARITY = 0x04;
  /** {@code transfer(address,uint256)}. */
  static final Bytes TRANSFER_SELECTOR = Bytes.fromHex("0xa9059cbb");
  private static final int TRANSFER_DATA = 4 + 32 + 32;
  private static final BigInteger MAX_U64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  private CompactTx() {}

  /**
   * The compact form of {@code raw} when it has one under {@code chainId}: an ETH or token
   * transfer signed for {@code chainId}, legacy or EIP-1559 with an empty access list, whose
   * expansion gives back {@code raw} byte for byte. Empty otherwise (the transaction goes raw).
   */
  public static Optional<Bytes> compact(Bytes raw, long chainId) {
    if (!(TxDecoder.decode(raw) instanceof TxDecoding.Ok ok)) {
      return Optional.empty();
    }
    return compact(ok.tx(), chainId);
  }

  /** {@link #compact(Bytes, long)} under the chain id {@code raw} itself is signed for. */
  public static Optional<Bytes> compactOwnChain(Bytes raw) {
    if (TxDecoder.decode(raw) instanceof TxDecoding.Ok ok
        && ok.tx().chainId() != SignedTx.UNREPRESENTABLE_CHAIN_ID) {
      return compact(ok.tx(), ok.tx().chainId());
    }
    return Optional.empty();
  }

  private static Optional<Bytes> compact(SignedTx t, long chainId) {
    if (t.chainId() != chainId || t.to().isEmpty()) {
      return Optional.empty();
    }
    Optional<Bytes> c = write(t);
    if (c.isEmpty() || !expand(c.get(), chainId).equals(Optional.of(t.raw()))) {
      return Optional.empty();
    }
    return c;
  }

  /** The fields of {@code t} in compact form; empty if its calldata is neither kind's. */
  private static Optional<Bytes> write(SignedTx t) {
    boolean token = !t.data().isEmpty();
    if (token && !isTransferCall(t)) {
      return Optional.empty();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    int flags = (t.type() == TxType.EIP1559 ? EIP1559 : 0) | (token ? TOKEN : 0)
        | (t.yParity() == 1 ? PARITY : 0);
    out.write(flags);
    CompactInt.write(out, BigInteger.valueOf(t.nonce()).and(MAX_U64));
    if (t.type() == TxType.EIP1559) {
      CompactInt.write(out, t.maxPriorityFeePerGas());
    }
    CompactInt.write(out, t.maxFeePerGas());
    CompactInt.write(out, new BigInteger(Long.toUnsignedString(t.gasLimit())));
    out.writeBytes(t.to().get().bytes().unsafeArray());
    if (token) {
      out.writeBytes(t.data().slice(4 + 12, 4 + 32).unsafeArray());
      CompactInt.write(out, new BigInteger(1, t.data().slice(4 + 32).unsafeArray()));
    } else {
      CompactInt.write(out, t.value());
    }
    out.writeBytes(word(t.r()));
    out.writeBytes(word(t.s()));
    return Optional.of(Bytes.wrap(out.toByteArray()));
  }

  /** {@code transfer(address,uint256)} with a clean address word and no value. */
  private static boolean isTransferCall(SignedTx t) {
    Bytes d = t.data();
    if (d.length() != TRANSFER_DATA || !d.slice(0, 4).equals(TRANSFER_SELECTOR) || t.value().signum() != 0) {
      return false;
    }
    for (int i = 4; i < 4 + 12; i++) {
      if (d.get(i) != 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The raw bytes {@code compact} stands for under {@code chainId}; empty when they do not
   * expand (spec 3.5: unknown flags, a field cut short, trailing bytes, a nonce or gas limit
   * above 64 bits), which makes the transaction malformed.
   */
  public static Optional<Bytes> expand(Bytes compact, long chainId) {
    CompactReader r = new CompactReader(compact.unsafeArray());
    int flags = r.u8();
    if (flags < 0 || (flags & ~(EIP1559 | TOKEN | PARITY)) != 0) {
      return Optional.empty();
    }
    boolean eip1559 = (flags & EIP1559) != 0;
    BigInteger nonce = CompactInt.read(r);
    BigInteger priority = eip1559 ? CompactInt.read(r) : BigInteger.ZERO;
    BigInteger maxFee = CompactInt.read(r);
    BigInteger gasLimit = CompactInt.read(r);
    byte[] to = r.take(20);
    Body body = (flags & TOKEN) != 0 ? Body.token(r) : Body.eth(r);
    byte[] sigR = r.take(32);
    byte[] sigS = r.take(32);
    if (nonce == null || priority == null || maxFee == null || gasLimit == null || to == null
        || body == null || sigR == null || sigS == null || !r.atEnd()
        || nonce.compareTo(MAX_U64) > 0 || gasLimit.compareTo(MAX_U64) > 0) {
      return Optional.empty();
    }
    List<Bytes> f = new ArrayList<>(12);
    if (eip1559) {
      f.add(Rlp.encodeUint(BigInteger.valueOf(chainId)));
    }
    f.add(Rlp.encodeUint(nonce));
    if (eip1559) {
      f.add(Rlp.encodeUint(priority));
    }
    f.add(Rlp.encodeUint(maxFee));
    f.add(Rlp.encodeUint(gasLimit));
    f.add(Rlp.encodeString(Bytes.wrap(to)));
    f.add(Rlp.encodeUint(body.value()));
    f.add(Rlp.encodeString(body.data()));
    int parity = (flags & PARITY) != 0 ? 1 : 0;
    if (eip1559) {
      f.add(Rlp.encodeList(List.of()));
      f.add(Rlp.encodeUint(BigInteger.valueOf(parity)));
    } else {
      f.add(Rlp.encodeUint(BigInteger.valueOf(chainId).shiftLeft(1).add(BigInteger.valueOf(35 + parity))));
    }
    f.add(Rlp.encodeUint(new BigInteger(1, sigR)));
    f.add(Rlp.encodeUint(new BigInteger(1, sigS)));
    Bytes list = Rlp.encodeList(f);
    return Optional.of(eip1559 ? Bytes.concat(Bytes.of((byte) 0x02), list) : list);
  }

  private static byte[] word(BigInteger v) {
    byte[] out = new byte[32];
    byte[] b = v.toByteArray();
    int n = Math.min(b.length, 32);
    System.arraycopy(b, b.length - n, out, 32 - n, n);
    return out;
  }

  /** What the kind flag implies for {@code value} and {@code data}. */
  private record Body(BigInteger value, Bytes data) {
    static Body eth(CompactReader r) {
      BigInteger value = CompactInt.read(r);
      return value == null ? null : new Body(value, Bytes.EMPTY);
    }

    static Body token(CompactReader r) {
      byte[] recipient = r.take(20);
      BigInteger amount = CompactInt.read(r);
      if (recipient == null || amount == null) {
        return null;
      }
      byte[] data = new byte[TRANSFER_DATA];
      System.arraycopy(TRANSFER_SELECTOR.unsafeArray(), 0, data, 0, 4);
      System.arraycopy(recipient, 0, data, 4 + 12, 20);
      System.arraycopy(word(amount), 0, data, 4 + 32, 32);
      return new Body(BigInteger.ZERO, Bytes.wrap(data));
    }
  }
}
