package dev.vigil.protocol.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MerkleTest {
  static List<Integer> sizes() {
    List<Integer> out = new ArrayList<>();
    for (int m = 1; m <= 33; m++) {
      out.add(m);
    }
    return out;
  }

  static List<Bytes32> leaves(int m) {
    List<Bytes32> out = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      out.add(Keccak.hash(new byte[] {(byte) m, (byte) i}));
    }
    return out;
  }

  /** Spec 5.2 read literally: pad to a power of two, then halve recursively. */
  private static Bytes32 reference(List<Bytes32> leaves) {
    List<Bytes32> padded = new ArrayList<>(leaves);
    int k = 0;
    while ((1 << k) < leaves.size()) {
      k++;
    }
    while (padded.size() < (1 << k)) {
      padded.add(Bytes32.ZERO);
    }
    return halve(padded);
  }

  private static Bytes32 halve(List<Bytes32> level) {
    if (level.size() == 1) {
      return level.get(0);
    }
    int mid = level.size() / 2;
    return Keccak.hash(halve(level.subList(0, mid)), halve(level.subList(mid, level.size())));
  }

  @ParameterizedTest
  @MethodSource("sizes")
  void rootMatchesTheDefinitionAndEveryPathVerifies(int m) {
    List<Bytes32> leaves = leaves(m);
    Bytes32 root = Merkle.root(leaves);
    assertEquals(reference(leaves), root);
    int k = 32 - Integer.numberOfLeadingZeros(m - 1);
    for (int j = 0; j < m; j++) {
      List<Bytes32> path = Merkle.path(leaves, j);
      assertEquals(k, path.size());
      assertTrue(Merkle.verify(root, leaves.get(j), j, path), "leaf " + j);
      assertFalse(Merkle.verify(root, Bytes32.fromLong(j), j, path), "wrong leaf " + j);
      if (m > 1) {
        assertFalse(Merkle.verify(root, leaves.get(j), j ^ 1, path), "wrong index " + j);
      }
    }
  }

  @Test
  void oneLeafIsItsOwnRootWithAnEmptyPath() {
    Bytes32 leaf = Bytes32.fromLong(7);
    assertEquals(leaf, Merkle.root(List.of(leaf)));
    assertEquals(List.of(), Merkle.path(List.of(leaf), 0));
    assertTrue(Merkle.verify(leaf, leaf, 0, List.of()));
  }

  @Test
  void threeLeavesArePaddedWithZero() {
    Bytes32 a = Bytes32.fromLong(1);
    Bytes32 b = Bytes32.fromLong(2);
    Bytes32 c = Bytes32.fromLong(3);
    Bytes32 expected = Keccak.hash(Keccak.hash(a, b), Keccak.hash(c, Bytes32.ZERO));
    assertEquals(expected, Merkle.root(List.of(a, b, c)));
    assertEquals(List.of(Bytes32.ZERO, Keccak.hash(a, b)), Merkle.path(List.of(a, b, c), 2));
  }

  @Test
  void indicesBeyondThePathAreRefused() {
    List<Bytes32> leaves = leaves(4);
    List<Bytes32> path = Merkle.path(leaves, 1);
    Bytes32 root = Merkle.root(leaves);
    assertFalse(Merkle.verify(root, leaves.get(1), 1 + 4, path));
    assertFalse(Merkle.verify(root, leaves.get(1), -1, path));
  }

  @Test
  void noLeavesIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> Merkle.root(List.of()));
    assertThrows(IndexOutOfBoundsException.class, () -> Merkle.path(leaves(3), 3));
  }
}
