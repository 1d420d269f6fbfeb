package dev.vigil.protocol.tx;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * docs/protocol.md 3.2, the first matching row wins:
 *
 * <pre>
 * to empty                                                        unsupported (contract creation)
 * to == L2_BRIDGE, data == withdrawEth(address) (36 bytes)        ETH withdrawal of value
 * to == L2_BRIDGE, data == withdrawToken(address,address,uint256)
 *                  (100 bytes), value == 0                        token withdrawal
 * to == L2_BRIDGE                                                 unsupported
 * data empty                                                      ETH transfer
 * data == transfer(address,uint256) (68 bytes), value == 0        token transfer of token `to`
 * anything else                                                   unsupported
 * </pre>
 *
 * An ABI address word must have its top 12 bytes zero, or the data does not match.
 */
public final class TxClassifier {
  /** The L2 bridge's address, docs/protocol.md 1. */
  public static final Address L2_BRIDGE = Address.fromHex("0x000000000000000000000000000000000000b1d9");
  static final Bytes WITHDRAW_ETH = Bytes.fromHex("0x25e16063");
  static final Bytes WITHDRAW_TOKEN = Bytes.fromHex("0x01e33667");
  static final Bytes TRANSFER = Bytes.fromHex("0xa9059cbb");

  private TxClassifier() {}

  public static TxKind classify(SignedTx tx) {
    if (tx.to().isEmpty()) {
      return new TxKind.Unsupported("contract creation");
    }
    Address to = tx.to().get();
    byte[] data = tx.data().unsafeArray();
    boolean noValue = tx.value().signum() == 0;
    if (to.equals(L2_BRIDGE)) {
      if (matches(data, WITHDRAW_ETH, 36) && isAddress(data, 4)) {
        return new TxKind.EthWithdrawal(address(data, 4), tx.value());
      }
      if (matches(data, WITHDRAW_TOKEN, 100) && noValue && isAddress(data, 4) && isAddress(data, 36)) {
        return new TxKind.TokenWithdrawal(address(data, 4), address(data, 36), uint(data, 68));
      }
      return new TxKind.Unsupported("unknown call to the L2 bridge");
    }
    if (data.length == 0) {
      return new TxKind.EthTransfer(to, tx.value());
    }
    if (matches(data, TRANSFER, 68) && noValue && isAddress(data, 4)) {
      return new TxKind.TokenTransfer(to, address(data, 4), uint(data, 36));
    }
    return new TxKind.Unsupported("unknown calldata");
  }

  private static boolean matches(byte[] data, Bytes selector, int length) {
    return data.length == length && Arrays.equals(data, 0, 4, selector.unsafeArray(), 0, 4);
  }

  /** The 32-byte word at {@code at} holds an address: its top 12 bytes are zero. */
  private static boolean isAddress(byte[] data, int at) {
    for (int i = at; i < at + 12; i++) {
      if (data[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static Address address(byte[] data, int at) {
    return new Address(Bytes.wrap(Arrays.copyOfRange(data, at + 12, at + 32)));
  }

  private static BigInteger uint(byte[] data, int at) {
    return new BigInteger(1, Arrays.copyOfRange(data, at, at + 32));
  }
}
