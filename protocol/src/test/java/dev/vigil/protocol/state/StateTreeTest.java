package dev.vigil.protocol.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes32;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateTreeTest {
  private static final Bytes32 ONE = Bytes32.fromLong(1);
  private static final Bytes32 TWO = Bytes32.fromLong(2);

  @Test
  void emptyTreeHasZeroRootAndNoLeaves() {
    StateTree t = StateTree.empty();
    assertEquals(Bytes32.ZERO, t.root());
    assertEquals(0, t.size());
    assertEquals(Bytes32.ZERO, t.get(ONE));
    assertEquals(List.of(), t.proof(ONE));
  }

  @Test
  void singleLeafIsTheRootAtDepthZero() {
    Bytes32 key = TestKeys.random(new Random(1));
    StateTree t = StateTree.empty().set(key, ONE);
    assertEquals(NaiveSmt.leafHash(key, ONE), t.root());
    assertEquals(List.of(), t.proof(key));
    assertTrue(StateTree.verify(t.root(), key, ONE, List.of()));
  }

  @Test
  void writingTheCurrentValueReturnsTheSameTree() {
    Bytes32 key = TestKeys.random(new Random(2));
    StateTree empty = StateTree.empty();
    assertSame(empty, empty.set(key, Bytes32.ZERO));
    StateTree t = empty.set(key, ONE);
    assertSame(t, t.set(key, ONE));
  }

  @Test
  void zeroWriteKeepsAPresentLeaf() {
    Random rnd = new Random(3);
    Bytes32 a = TestKeys.random(rnd);
    Bytes32 b = TestKeys.random(rnd);
    StateTree t = StateTree.empty().set(a, ONE).set(b, TWO).set(a, Bytes32.ZERO);
    assertEquals(2, t.size());
    assertEquals(Bytes32.ZERO, t.get(a));
    assertFalse(t.root().equals(StateTree.empty().set(b, TWO).root()));
    assertSame(t, t.set(a, Bytes32.ZERO));
    assertTrue(StateTree.verify(t.root(), a, Bytes32.ZERO, t.proof(a)));
  }

  @Test
  void keysDifferingOnlyInTheLastBitSitAtDepth256() {
    Bytes32 a = TestKeys.random(new Random(4));
    Bytes32 b = TestKeys.flip(a, 255);
    StateTree t = StateTree.empty().set(a, ONE).set(b, TWO);
    NaiveSmt ref = new NaiveSmt();
    ref.set(a, ONE);
    ref.set(b, TWO);
    assertEquals(ref.root(), t.root());
    assertEquals(256, t.proof(a).size());
    assertTrue(StateTree.verify(t.root(), b, TWO, t.proof(b)));
  }

  @Test
  void keysDifferingInTheFirstBitSitAtDepthOne() {
    Bytes32 a = TestKeys.random(new Random(5));
    Bytes32 b = TestKeys.flip(a, 0);
    StateTree t = StateTree.empty().set(a, ONE).set(b, TWO);
    assertEquals(List.of(NaiveSmt.leafHash(b, TWO)), t.proof(a));
    assertTrue(StateTree.verify(t.root(), a, ONE, t.proof(a)));
  }

  @ParameterizedTest
  @ValueSource(ints = {11, 12, 13, 14, 15})
  void matchesTheReferenceUnderRandomWrites(int seed) {
    Random rnd = new Random(seed);
    List<Bytes32> keys = TestKeys.mixed(rnd, 300);
    StateTree t = StateTree.empty();
    NaiveSmt ref = new NaiveSmt();
    Map<StateTree, Bytes32> snapshots = new LinkedHashMap<>();
    for (int op = 0; op < 600; op++) {
      Bytes32 key = keys.get(rnd.nextInt(keys.size()));
      Bytes32 value = rnd.nextInt(5) == 0 ? Bytes32.ZERO : Bytes32.fromLong(rnd.nextInt(4));
      t = t.set(key, value);
      ref.set(key, value);
      assertEquals(ref.get(key), t.get(key));
      if (op % 25 == 0) {
        assertEquals(ref.root(), t.root(), "root after op " + op);
        snapshots.put(t, t.root());
      }
    }
    assertEquals(ref.root(), t.root());
    assertEquals(ref.size(), t.size());
    assertEquals(new ArrayList<>(ref.leaves().entrySet()), leavesOf(t));
    snapshots.forEach((snap, root) -> assertEquals(root, snap.root()));
  }

  @Test
  void snapshotsKeepTheirContentAfterLaterWrites() {
    Random rnd = new Random(21);
    List<Bytes32> keys = TestKeys.mixed(rnd, 50);
    StateTree before = StateTree.empty();
    for (Bytes32 k : keys) {
      before = before.set(k, ONE);
    }
    Bytes32 root = before.root();
    List<Map.Entry<Bytes32, Bytes32>> leaves = leavesOf(before);
    StateTree after = before;
    for (Bytes32 k : keys) {
      after = after.set(k, TWO).set(TestKeys.flip(k, 200), TWO);
    }
    assertEquals(root, before.root());
    assertEquals(leaves, leavesOf(before));
    assertEquals(ONE, before.get(keys.get(0)));
    assertEquals(TWO, after.get(keys.get(0)));
  }

  @ParameterizedTest
  @ValueSource(ints = {31, 32, 33})
  void proofsMatchTheReferenceAndVerify(int seed) {
    Random rnd = new Random(seed);
    StateTree t = StateTree.empty();
    NaiveSmt ref = new NaiveSmt();
    for (Bytes32 k : TestKeys.mixed(rnd, 80)) {
      Bytes32 v = TestKeys.random(rnd);
      t = t.set(k, v);
      ref.set(k, v);
    }
    for (Map.Entry<Bytes32, Bytes32> e : ref.leaves().entrySet()) {
      List<Bytes32> proof = t.proof(e.getKey());
      assertEquals(ref.proof(e.getKey()), proof);
      assertTrue(StateTree.verify(t.root(), e.getKey(), e.getValue(), proof));
    }
    Bytes32 absent = TestKeys.random(rnd);
    assertEquals(ref.proof(absent), t.proof(absent));
  }

  @Test
  void tamperedProofsFail() {
    Random rnd = new Random(41);
    StateTree t = StateTree.empty();
    List<Bytes32> keys = TestKeys.mixed(rnd, 40);
    for (Bytes32 k : keys) {
      t = t.set(k, ONE);
    }
    Bytes32 key = keys.get(7);
    List<Bytes32> proof = t.proof(key);
    Bytes32 root = t.root();
    assertTrue(StateTree.verify(root, key, ONE, proof));
    assertFalse(StateTree.verify(root, key, TWO, proof), "wrong value");
    assertFalse(StateTree.verify(root, TestKeys.flip(key, 255), ONE, proof), "wrong key");
    assertFalse(StateTree.verify(TestKeys.flip(root, 3), key, ONE, proof), "wrong root");
    for (int i = 0; i < proof.size(); i++) {
      List<Bytes32> bad = new ArrayList<>(proof);
      bad.set(i, TestKeys.flip(proof.get(i), 100));
      assertFalse(StateTree.verify(root, key, ONE, bad), "sibling " + i);
    }
    assertFalse(StateTree.verify(root, key, ONE, proof.subList(1, proof.size())), "one short");
    List<Bytes32> longer = new ArrayList<>(proof);
    longer.add(Bytes32.ZERO);
    assertFalse(StateTree.verify(root, key, ONE, longer), "one long");
  }

  @Test
  void moreThan256SiblingsNeverVerify() {
    List<Bytes32> siblings = new ArrayList<>();
    for (int i = 0; i < 257; i++) {
      siblings.add(Bytes32.ZERO);
    }
    assertFalse(StateTree.verify(Bytes32.ZERO, ONE, ONE, siblings));
  }

  @Test
  void randomKeysGiveLogarithmicDepth() {
    Random rnd = new Random(51);
    StateTree t = StateTree.empty();
    for (int i = 0; i < 4096; i++) {
      t = t.set(TestKeys.random(rnd), ONE);
    }
    int[] maxDepth = {0};
    StateTree tree = t;
    t.forEachLeaf((k, v) -> maxDepth[0] = Math.max(maxDepth[0], tree.proof(k).size()));
    // log2(4096) = 12; random keys exceed it by a handful of bits, never by hundreds.
    assertTrue(maxDepth[0] >= 12 && maxDepth[0] <= 40, "max depth " + maxDepth[0]);
  }

  private static List<Map.Entry<Bytes32, Bytes32>> leavesOf(StateTree t) {
    List<Map.Entry<Bytes32, Bytes32>> out = new ArrayList<>();
    t.forEachLeaf((k, v) -> out.add(Map.entry(k, v)));
    return out;
  }
}
