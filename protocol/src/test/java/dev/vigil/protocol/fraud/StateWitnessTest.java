package dev.vigil.protocol.fraud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.state.StateTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StateWitnessTest {
  private static final Bytes32 ONE = Bytes32.fromLong(1);

  @Test
  void readsAndUpdatesAgreeWithTheTree() {
    Random rnd = new Random(7);
    for (int round = 0; round < 60; round++) {
      List<Bytes32> keys = neighbourKeys(rnd, rnd.nextInt(40));
      StateTree tree = StateTree.empty();
      for (Bytes32 k : keys) {
        tree = tree.set(k, randomWord(rnd));
      }
      List<Bytes32> probes = new ArrayList<>(keys);
      probes.addAll(neighbourKeys(rnd, 10));
      for (Bytes32 k : probes) {
        StateWitness w = StateWitness.of(tree, k);
        assertTrue(w.verifies(tree.root(), k), "witness of " + k);
        assertEquals(tree.get(k), w.valueRead(k));
        Bytes32 v = rnd.nextInt(5) == 0 ? Bytes32.ZERO : randomWord(rnd);
        assertEquals(tree.set(k, v).root(), w.rootAfterWrite(k, v), "update of " + k);
      }
    }
  }

  @Test
  void verifies_emptyTreeHasAnEmptyTerminalAtDepthZero() {
    StateWitness w = StateWitness.of(StateTree.empty(), ONE);
    assertEquals(0, w.depth());
    assertInstanceOf(StateWitness.Terminal.Empty.class, w.terminal());
    assertTrue(w.verifies(Bytes32.ZERO, ONE));
    assertEquals(StateTree.empty().set(ONE, ONE).root(), w.rootAfterWrite(ONE, ONE));
  }

  @Test
  void verifies_wrongValueOrWrongTerminalKindFails() {
    Bytes32 k = Bytes32.fromLong(5);
    StateTree tree = StateTree.empty().set(k, ONE).set(Bytes32.fromLong(9), ONE);
    StateWitness honest = StateWitness.of(tree, k);
    StateWitness wrongValue = new StateWitness(honest.siblings(), new StateWitness.Terminal.Leaf(k, two()));
    StateWitness claimsEmpty = new StateWitness(honest.siblings(), new StateWitness.Terminal.Empty());
    assertTrue(honest.verifies(tree.root(), k));
    assertFalse(wrongValue.verifies(tree.root(), k));
    assertFalse(claimsEmpty.verifies(tree.root(), k));
  }

  @Test
  void verifies_anotherLeafThatDoesNotShareThePrefixFails() {
    // A root made up so that LEAF(k') folds to it along key's path, although key and k' differ
    // at bit 0 < d = 1: the fold alone would accept it, the prefix rule does not.
    Bytes32 key = Bytes32.fromHex("0x40" + "00".repeat(31));
    Bytes32 other = Bytes32.fromHex("0x80" + "00".repeat(31));
    Bytes32 sibling = Bytes32.fromLong(77);
    Bytes32 madeUpRoot = dev.vigil.protocol.crypto.Keccak.hash(StateWitness.leafHash(other, ONE), sibling);
    StateWitness forged = new StateWitness(List.of(sibling), new StateWitness.Terminal.Leaf(other, ONE));
    assertFalse(forged.verifies(madeUpRoot, key));
    StateWitness sameClaimForOther = new StateWitness(List.of(sibling), new StateWitness.Terminal.Leaf(other, ONE));
    Bytes32 otherRoot = dev.vigil.protocol.crypto.Keccak.hash(sibling, StateWitness.leafHash(other, ONE));
    assertTrue(sameClaimForOther.verifies(otherRoot, other));
  }

  @Test
  void encode_layoutIsDepthTypeLeafThenSiblings() {
    Bytes32 k = Bytes32.fromLong(3);
    Bytes32 s = Bytes32.fromLong(4);
    Bytes enc = new StateWitness(List.of(s), new StateWitness.Terminal.Leaf(k, ONE)).encode();
    assertEquals(Bytes.concat(Bytes.fromHex("0x000101"), k.toBytes(), ONE.toBytes(), s.toBytes()), enc);
    Bytes empty = new StateWitness(List.of(), new StateWitness.Terminal.Empty()).encode();
    assertEquals(Bytes.fromHex("0x000000"), empty);
  }

  private static Bytes32 two() {
    return Bytes32.fromLong(2);
  }

  private static Bytes32 randomWord(Random rnd) {
    byte[] b = new byte[32];
    rnd.nextBytes(b);
    return Bytes32.wrap(b);
  }

  /** Random keys and near neighbours (long shared prefixes make deep single-child chains). */
  private static List<Bytes32> neighbourKeys(Random rnd, int n) {
    List<Bytes32> keys = new ArrayList<>();
    while (keys.size() < n) {
      if (keys.isEmpty() || rnd.nextBoolean()) {
        keys.add(randomWord(rnd));
      } else {
        byte[] b = keys.get(rnd.nextInt(keys.size())).toArray();
        int bit = rnd.nextInt(256);
        b[bit >>> 3] ^= (byte) (0x80 >>> (bit & 7));
        keys.add(Bytes32.wrap(b));
      }
    }
    return keys;
  }
}
