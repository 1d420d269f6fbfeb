package dev.vigil.protocol.fraud;

import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.state.StateTree;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * The state witness of one access (docs/protocol.md 2.4): the siblings along the key's path, top
 * down, and the terminal subtree where the path ends. Encoded for the proof (6.1) as
 *
 * <pre>
 * witness = u16(d) || u8(t) || [b32(k') || b32(v')  if t == 1] || b32(siblings[j]){d}
 *           t = 0: terminal EMPTY;  t = 1: terminal LEAF(k', v');  d <= 256
 * </pre>
 *
 * <p>Besides building and encoding, this class holds the Java twin of the contract's
 * verification and update rules, so the rules of 2.4 are tested against {@link StateTree} itself.
 */
public record StateWitness(List<Bytes32> siblings, Terminal terminal) {
  private static final byte[] LEAF_PREFIX = {0};

  public StateWitness {
    siblings = List.copyOf(siblings);
    Objects.requireNonNull(terminal, "terminal");
    if (siblings.size() > 256) {
      throw new IllegalArgumentException("depth " + siblings.size() + " > 256");
    }
  }

  /** The witness of an access of {@code key} in {@code tree}. */
  public static StateWitness of(StateTree tree, Bytes32 key) {
    Terminal t = tree.pathEnd(key)
        .<Terminal>map(e -> new Terminal.Leaf(e.getKey(), e.getValue()))
        .orElse(new Terminal.Empty());
    return new StateWitness(tree.proof(key), t);
  }

  public int depth() {
    return siblings.size();
  }

  /** The 6.1 encoding of this witness. */
  public Bytes encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(3 + 64 + 32 * depth());
    out.write(depth() >>> 8);
    out.write(depth() & 0xff);
    if (terminal instanceof Terminal.Leaf l) {
      out.write(1);
      out.writeBytes(l.key().unsafeArray());
      out.writeBytes(l.value().unsafeArray());
    } else {
      out.write(0);
    }
    siblings.forEach(s -> out.writeBytes(s.unsafeArray()));
    return Bytes.wrap(out.toByteArray());
  }

  /** The concatenated encodings of {@code witnesses}: the proof's {@code witnesses} argument. */
  public static Bytes encodeAll(List<StateWitness> witnesses) {
    return Bytes.concat(witnesses.stream().map(StateWitness::encode).toArray(Bytes[]::new));
  }

  /**
   * Whether this witness is valid for {@code key} against {@code root}: the terminal folds up to
   * the root, and another key's leaf shares the first {@code d} bits with {@code key}.
   */
  public boolean verifies(Bytes32 root, Bytes32 key) {
    if (terminal instanceof Terminal.Leaf l && !l.key().equals(key)
        && firstDifferentBit(key, l.key()) < depth()) {
      return false;
    }
    return fold(key, terminal.hash()).equals(root);
  }

  /** The value read for {@code key}: the terminal's value if it is the key's own leaf, else zero. */
  public Bytes32 valueRead(Bytes32 key) {
    return terminal instanceof Terminal.Leaf l && l.key().equals(key) ? l.value() : Bytes32.ZERO;
  }

  /** The root after writing {@code value} to {@code key}, for a witness that {@link #verifies}. */
  public Bytes32 rootAfterWrite(Bytes32 key, Bytes32 value) {
    if (value.equals(valueRead(key))) {
      return fold(key, terminal.hash());
    }
    Bytes32 t = leafHash(key, value);
    if (terminal instanceof Terminal.Leaf l && !l.key().equals(key)) {
      t = split(key, t, l.key(), l.hash(), depth());
    }
    return fold(key, t);
  }

  private Bytes32 fold(Bytes32 key, Bytes32 h) {
    for (int i = depth() - 1; i >= 0; i--) {
      Bytes32 s = siblings.get(i);
      h = key.bit(i) == 0 ? Keccak.hash(h, s) : Keccak.hash(s, h);
    }
    return h;
  }

  /** Both leaves under the node at depth {@code d}: 2.4's update onto another key's leaf. */
  private static Bytes32 split(Bytes32 key, Bytes32 h, Bytes32 other, Bytes32 otherHash, int d) {
    int c = firstDifferentBit(key, other);
    Bytes32 x = key.bit(c) == 0 ? Keccak.hash(h, otherHash) : Keccak.hash(otherHash, h);
    for (int j = c - 1; j >= d; j--) {
      x = key.bit(j) == 0 ? Keccak.hash(x, Bytes32.ZERO) : Keccak.hash(Bytes32.ZERO, x);
    }
    return x;
  }

  static int firstDifferentBit(Bytes32 a, Bytes32 b) {
    for (int i = 0; i < 256; i++) {
      if (a.bit(i) != b.bit(i)) {
        return i;
      }
    }
    throw new IllegalArgumentException("equal keys");
  }

  static Bytes32 leafHash(Bytes32 key, Bytes32 value) {
    return Keccak.hash(LEAF_PREFIX, key.unsafeArray(), value.unsafeArray());
  }

  /** Where a key's path ends: an empty subtree, or a subtree holding exactly one leaf. */
  public sealed interface Terminal {
    /** The terminal subtree's hash. */
    Bytes32 hash();

    /** An empty subtree, hash {@code b32(0)}. */
    record Empty() implements Terminal {
      @Override
      public Bytes32 hash() {
        return Bytes32.ZERO;
      }
    }

    /** The one-leaf subtree of {@code (key, value)}. */
    record Leaf(Bytes32 key, Bytes32 value) implements Terminal {
      public Leaf {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
      }

      @Override
      public Bytes32 hash() {
        return leafHash(key, value);
      }
    }
  }
}
