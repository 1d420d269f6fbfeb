package dev.vigil.protocol.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AccountKeysTest {
  /** More owners than slots, looked up in an order that evicts and refills every slot. */
  @Test
  void cachedKeysAreTheSpecKeysAcrossEvictions() {
    SplittableRandom r = new SplittableRandom(3);
    List<Address> owners = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      owners.add(Address.fromWord(Bytes32.fromLong(r.nextLong())));
    }
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 20_000; i++) {
        Address owner = owners.get(r.nextInt(owners.size()));
        // an equal address in a new object finds the same key
        Address copy = new Address(Bytes.wrap(owner.bytes().toArray()));
        Bytes32 expected = Keccak.hash(Bytes.fromHex("0x01" + owner.toHex().substring(2)));
        assertEquals(expected, StateKeys.account(r.nextBoolean() ? owner : copy));
      }
    }
  }

  @Test
  void eachThreadGetsTheSameKeys() throws InterruptedException {
    Address a = Address.fromHex("0x3333333333333333333333333333333333333333");
    Bytes32[] seen = new Bytes32[1];
    Thread t = new Thread(() -> seen[0] = StateKeys.account(a));
    t.start();
    t.join(10_000);
    assertEquals(AccountKeys.compute(a), seen[0]);
    assertEquals(AccountKeys.compute(a), StateKeys.account(a));
  }
}
