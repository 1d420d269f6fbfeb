package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.rlp.RlpException;
import dev.vigil.protocol.rlp.RlpItem;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Keys, addresses and raw-transaction surgery shared by the tests of tx and state. */
public final class TxFixtures {
  public static final long CHAIN_ID = 42424;
  public static final BigInteger GWEI = BigInteger.TEN.pow(9);
  public static final BigInteger ETHER = BigInteger.TEN.pow(18);
  /** Anvil's first three dev keys. */
  public static final BigInteger KEY_A =
      new BigInteger("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80", 16);
  public static final BigInteger KEY_B =
      new BigInteger("59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d", 16);
  public static final BigInteger KEY_C =
      new BigInteger("5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a", 16);
  public static final Address BOB = Address.fromHex("0x00000000000000000000000000000000000b0b00");
  public static final Address TOKEN = Address.fromHex("0x5fbdb2315678afecb367f032d93f642f64180aa3");

  private TxFixtures() {}

  /** A well-formed legacy ETH transfer from KEY_A. */
  public static Bytes legacyTransfer() {
    return TxSigner.signLegacy(KEY_A, CHAIN_ID, 7, GWEI, 21_000, BOB, ETHER, Bytes.EMPTY);
  }

  /** A well-formed EIP-1559 ETH transfer from KEY_A. */
  public static Bytes eip1559Transfer() {
    return TxSigner.signEip1559(KEY_A, CHAIN_ID, 7, GWEI, GWEI.multiply(BigInteger.TWO), 21_000, BOB,
        ETHER, Bytes.EMPTY);
  }

  /** The encodings of the items of the outer list of {@code raw} (after the type byte, if any). */
  public static List<Bytes> items(Bytes raw) {
    Bytes list = raw.getUnsigned(0) >= 0xc0 ? raw : raw.slice(1);
    try {
      List<Bytes> out = new ArrayList<>();
      for (RlpItem i : Rlp.decode(list).asList("tx")) {
        out.add(Rlp.encode(i));
      }
      return out;
    } catch (RlpException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** {@code raw} with item {@code index} replaced by the given bytes (which may be non-canonical). */
  public static Bytes withItem(Bytes raw, int index, Bytes encodedItem) {
    List<Bytes> items = new ArrayList<>(items(raw));
    items.set(index, encodedItem);
    return rebuild(raw, items);
  }

  /** The transaction of {@code raw}'s type holding exactly {@code items}. */
  public static Bytes rebuild(Bytes raw, List<Bytes> items) {
    Bytes list = Rlp.encodeList(items);
    return raw.getUnsigned(0) >= 0xc0 ? list : Bytes.concat(raw.slice(0, 1), list);
  }

  /** An ABI word holding an address (12 zero bytes, then the address), as hex without 0x. */
  public static String word(Address a) {
    return "00".repeat(12) + a.toHex().substring(2);
  }

  /** An ABI uint256 word, as hex without 0x. */
  public static String word(BigInteger v) {
    return String.format("%64s", v.toString(16)).replace(' ', '0');
  }

  /** Calldata of {@code withdrawEth(address)}, hex without 0x. */
  public static String withdrawEth(Address recipient) {
    return "25e16063" + word(recipient);
  }

  /** Calldata of {@code withdrawToken(address,address,uint256)}, hex without 0x. */
  public static String withdrawToken(Address token, Address recipient, BigInteger amount) {
    return "01e33667" + word(token) + word(recipient) + word(amount);
  }

  /** Calldata of {@code transfer(address,uint256)}, hex without 0x. */
  public static String transfer(Address to, BigInteger amount) {
    return "a9059cbb" + word(to) + word(amount);
  }

  /** {@code dataHex} with byte {@code at} (selector included) set to 0x01: a dirty ABI word. */
  public static String dirty(String dataHex, int at) {
    return dataHex.substring(0, 2 * at) + "01" + dataHex.substring(2 * at + 2);
  }

  public static Bytes hex(String h) {
    return Bytes.fromHex(h);
  }

  public static Bytes uint(BigInteger v) {
    return Rlp.encodeUint(v);
  }
}
