package dev.vigil.protocol.crypto;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * keccak256 (Keccak-f[1600], rate 136 bytes, the original 0x01 padding, not SHA-3's 0x06) for
 * one thread, reused hash after hash. The protocol hashes short inputs by the million (tree
 * nodes, leaves, keys: one block each), so this absorbs whole 8-byte lanes and permutes over
 * local variables, without the general digest's per-call buffering and bit-level padding. Pinned
 * to Bouncy Castle's {@code KeccakDigest} by {@code KeccakSpongeTest}.
 */
final class KeccakSponge {
  private static final int RATE = 136;
  private static final VarHandle LANE =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long[] RC = {
    0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
    0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
    0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
    0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
    0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
    0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L
  };

  private final long[] s = new long[25];
  private final byte[] block = new byte[RATE];
  private int pos;
  /** No block absorbed since the last hash: the state counts as zero, whatever {@code s} holds. */
  private boolean fresh = true;

  /** keccak256 of the concatenation of {@code parts}, into a new 32-byte array. */
  byte[] hash(byte[]... parts) {
    for (byte[] p : parts) {
      absorb(p);
    }
    return finish();
  }

  /** keccak256 of {@code a || b}: the tree's node hash, the most frequent one. */
  byte[] hash(byte[] a, byte[] b) {
    absorb(a);
    absorb(b);
    return finish();
  }

  private void absorb(byte[] p) {
    int off = 0;
    while (off < p.length) {
      int n = Math.min(RATE - pos, p.length - off);
      System.arraycopy(p, off, block, pos, n);
      pos += n;
      off += n;
      if (pos == RATE) {
        xorBlock();
        permute(s);
        pos = 0;
      }
    }
  }

  private byte[] finish() {
    Arrays.fill(block, pos, RATE, (byte) 0);
    block[pos] ^= 0x01;
    block[RATE - 1] ^= (byte) 0x80;
    xorBlock();
    permute(s);
    byte[] out = new byte[32];
    for (int i = 0; i < 4; i++) {
      LANE.set(out, 8 * i, s[i]);
    }
    pos = 0;
    fresh = true;
    return out;
  }

  /** Absorbs the block; into a fresh state it is a plain copy (cheaper than zeroing first). */
  private void xorBlock() {
    if (fresh) {
      for (int i = 0; i < RATE / 8; i++) {
        s[i] = (long) LANE.get(block, 8 * i);
      }
      Arrays.fill(s, RATE / 8, 25, 0L);
      fresh = false;
      return;
    }
    for (int i = 0; i < RATE / 8; i++) {
      s[i] ^= (long) LANE.get(block, 8 * i);
    }
  }

  /**
   * Keccak-f[1600] on lanes {@code s[x + 5y]}: 24 rounds of theta, rho and pi, chi, iota, unrolled
   * over 25 locals (generated; one long method on purpose, the JIT keeps the lanes in registers).
   */
  static void permute(long[] s) {
    long a00 = s[0];
    long a10 = s[1];
    long a20 = s[2];
    long a30 = s[3];
    long a40 = s[4];
    long a01 = s[5];
    long a11 = s[6];
    long a21 = s[7];
    long a31 = s[8];
    long a41 = s[9];
    long a02 = s[10];
    long a12 = s[11];
    long a22 = s[12];
    long a32 = s[13];
    long a42 = s[14];
    long a03 = s[15];
    long a13 = s[16];
    long a23 = s[17];
    long a33 = s[18];
    long a43 = s[19];
    long a04 = s[20];
    long a14 = s[21];
    long a24 = s[22];
    long a34 = s[23];
    long a44 = s[24];
    for (int round = 0; round < 24; round++) {
      long c0 = a00 ^ a01 ^ a02 ^ a03 ^ a04;
      long c1 = a10 ^ a11 ^ a12 ^ a13 ^ a14;
      long c2 = a20 ^ a21 ^ a22 ^ a23 ^ a24;
      long c3 = a30 ^ a31 ^ a32 ^ a33 ^ a34;
      long c4 = a40 ^ a41 ^ a42 ^ a43 ^ a44;
      long d0 = c4 ^ Long.rotateLeft(c1, 1);
      long d1 = c0 ^ Long.rotateLeft(c2, 1);
      long d2 = c1 ^ Long.rotateLeft(c3, 1);
      long d3 = c2 ^ Long.rotateLeft(c4, 1);
      long d4 = c3 ^ Long.rotateLeft(c0, 1);
      long b00 = (a00 ^ d0);
      long b10 = Long.rotateLeft(a11 ^ d1, 44);
      long b20 = Long.rotateLeft(a22 ^ d2, 43);
      long b30 = Long.rotateLeft(a33 ^ d3, 21);
      long b40 = Long.rotateLeft(a44 ^ d4, 14);
      long b01 = Long.rotateLeft(a30 ^ d3, 28);
      long b11 = Long.rotateLeft(a41 ^ d4, 20);
      long b21 = Long.rotateLeft(a02 ^ d0, 3);
      long b31 = Long.rotateLeft(a13 ^ d1, 45);
      long b41 = Long.rotateLeft(a24 ^ d2, 61);
      long b02 = Long.rotateLeft(a10 ^ d1, 1);
      long b12 = Long.rotateLeft(a21 ^ d2, 6);
      long b22 = Long.rotateLeft(a32 ^ d3, 25);
      long b32 = Long.rotateLeft(a43 ^ d4, 8);
      long b42 = Long.rotateLeft(a04 ^ d0, 18);
      long b03 = Long.rotateLeft(a40 ^ d4, 27);
      long b13 = Long.rotateLeft(a01 ^ d0, 36);
      long b23 = Long.rotateLeft(a12 ^ d1, 10);
      long b33 = Long.rotateLeft(a23 ^ d2, 15);
      long b43 = Long.rotateLeft(a34 ^ d3, 56);
      long b04 = Long.rotateLeft(a20 ^ d2, 62);
      long b14 = Long.rotateLeft(a31 ^ d3, 55);
      long b24 = Long.rotateLeft(a42 ^ d4, 39);
      long b34 = Long.rotateLeft(a03 ^ d0, 41);
      long b44 = Long.rotateLeft(a14 ^ d1, 2);
      a00 = b00 ^ (~b10 & b20);
      a10 = b10 ^ (~b20 & b30);
      a20 = b20 ^ (~b30 & b40);
      a30 = b30 ^ (~b40 & b00);
      a40 = b40 ^ (~b00 & b10);
      a01 = b01 ^ (~b11 & b21);
      a11 = b11 ^ (~b21 & b31);
      a21 = b21 ^ (~b31 & b41);
      a31 = b31 ^ (~b41 & b01);
      a41 = b41 ^ (~b01 & b11);
      a02 = b02 ^ (~b12 & b22);
      a12 = b12 ^ (~b22 & b32);
      a22 = b22 ^ (~b32 & b42);
      a32 = b32 ^ (~b42 & b02);
      a42 = b42 ^ (~b02 & b12);
      a03 = b03 ^ (~b13 & b23);
      a13 = b13 ^ (~b23 & b33);
      a23 = b23 ^ (~b33 & b43);
      a33 = b33 ^ (~b43 & b03);
      a43 = b43 ^ (~b03 & b13);
      a04 = b04 ^ (~b14 & b24);
      a14 = b14 ^ (~b24 & b34);
      a24 = b24 ^ (~b34 & b44);
      a34 = b34 ^ (~b44 & b04);
      a44 = b44 ^ (~b04 & b14);
      a00 ^= RC[round];
    }
    s[0] = a00;
    s[1] = a10;
    s[2] = a20;
    s[3] = a30;
    s[4] = a40;
    s[5] = a01;
    s[6] = a11;
    s[7] = a21;
    s[8] = a31;
    s[9] = a41;
    s[10] = a02;
    s[11] = a12;
    s[12] = a22;
    s[13] = a32;
    s[14] = a42;
    s[15] = a03;
    s[16] = a13;
    s[17] = a23;
    s[18] = a33;
    s[19] = a43;
    s[20] = a04;
    s[21] = a14;
    s[22] = a24;
    s[23] = a34;
    s[24] = a44;
  }
}
