package dev.vigil.devnet.account;

import dev.vigil.node.anvil.DevAccounts;
import dev.vigil.protocol.bytes.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One of the ten well-known development accounts (Anvil's default mnemonic), with its role on
 * the devnet: 0 deploys and sequences, 1 and 2 are the verifiers' keys, 3..9 are the users'
 * accounts funded on L2.
 */
public record DevAccount(int index, BigInteger privateKey, Address address) {
  public static final int SEQUENCER = 0;
  public static final int FIRST_USER = 3;
  public static final int COUNT = DevAccounts.COUNT;

  public DevAccount {
    if (index < 0 || index >= COUNT) {
      throw new IllegalArgumentException("dev accounts are 0.." + (COUNT - 1) + ", got " + index);
    }
    if (privateKey.signum() <= 0) {
      throw new IllegalArgumentException("a private key is positive");
    }
  }

  public static DevAccount of(int index) {
    if (index < 0 || index >= COUNT) {
      throw new IllegalArgumentException("dev accounts are 0.." + (COUNT - 1) + ", got " + index);
    }
    return new DevAccount(index, DevAccounts.key(index), DevAccounts.address(index));
  }

  /** Accounts 3..9, the ones the devnet funds on L2. */
  public static List<DevAccount> users() {
    return IntStream.range(FIRST_USER, COUNT).mapToObj(DevAccount::of).toList();
  }

  /** The key as 0x-prefixed 64 hex digits, the form cast and wallets take. */
  public String privateKeyHex() {
    return String.format("0x%064x", privateKey);
  }
}
