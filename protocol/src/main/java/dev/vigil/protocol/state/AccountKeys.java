package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;

/**
 * Account keys {@code H(0x01 || owner)} of recently seen owners, per thread. One transfer needs
 * the sender's key four times (validity, nonce and fee, debit, and the verifier's touched keys)
 * and every entry needs the fee recipient's: without the cache these keccaks are a quarter of an
 * entry's hashing. Direct-mapped by the address's hash: a collision only costs a recomputation.
 */
final class AccountKeys {
  private static final int SLOTS = 1024;
  private static final ThreadLocal<AccountKeys> CACHE = ThreadLocal.withInitial(AccountKeys::new);

  private final Address[] owners = new Address[SLOTS];
  private final Bytes32[] keys = new Bytes32[SLOTS];

  private AccountKeys() {}

  static Bytes32 of(Address owner) {
    return CACHE.get().lookup(owner);
  }

  private Bytes32 lookup(Address owner) {
    int slot = owner.hashCode() & (SLOTS - 1);
    if (owner.equals(owners[slot])) {
      return keys[slot];
    }
    Bytes32 key = compute(owner);
    owners[slot] = owner;
    keys[slot] = key;
    return key;
  }

  static Bytes32 compute(Address owner) {
    return Keccak.hash(new byte[] {0x01}, owner.bytes().unsafeArray());
  }
}
