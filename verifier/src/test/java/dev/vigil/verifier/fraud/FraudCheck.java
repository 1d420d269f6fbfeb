package dev.vigil.verifier.fraud;

import dev.vigil.protocol.batch.CompactTx;
import dev.vigil.protocol.batch.Merkle;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.crypto.Keccak;
import dev.vigil.protocol.fraud.FraudProof;
import dev.vigil.protocol.fraud.StateWitness;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.StateAccess;
import dev.vigil.protocol.state.Stf;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Java twin of the rollup's fraud check (docs/protocol.md 6.2, steps 3 to 7) for the solver's
 * tests: it knows only the batch's commitments, the bridge's queue items and the proof, parses
 * the proof's bytes itself, and re-executes the entry on the state witnesses alone. It answers
 * the name of the error the rollup would revert with, or the root the entry computes.
 */
final class FraudCheck {
  /** The check's answer: {@code error} empty and {@code computedRoot} set when fraud is proven. */
  record Verdict(String error, Bytes32 computedRoot) {
    boolean proven() {
      return error.isEmpty();
    }
  }

  private FraudCheck() {}

  /**
   * @param previousPostRoot the previous batch's post-state root ({@code b32(0)} for batch 0)
   * @param queue the bridge's queue items by index
   */
  static Verdict check(FraudProof p, Bytes32 entriesRoot, Bytes32 rootsRoot,
      Bytes32 previousPostRoot, Map<Long, QueueItem> queue, ChainParams params) {
    Bytes e = p.entry();
    boolean isCompact = e.length() >= 2 && e.getUnsigned(0) == 2;
    boolean isTx = e.length() >= 2 && e.getUnsigned(0) == 0 || isCompact;
    boolean isRef = e.length() >= 9 && e.getUnsigned(0) == 1;
    Bytes preimage = isRef ? e.slice(0, 9) : e;
    if (!(isTx || isRef)
        || !Merkle.verify(entriesRoot, Keccak.hash(preimage), p.entryIndex(), p.entryPath())) {
      return fail("EntryPathInvalid");
    }
    QueueItem item = null;
    if (isRef) {
      long index = ByteBuffer.wrap(e.slice(1, 9).toArray()).getLong();
      QueueItem stored = queue.get(index);
      if (stored == null || !stored.encode().equals(e.slice(9))) {
        return fail("QueueItemMismatch");
      }
      item = stored;
    }
    boolean preOk = p.entryIndex() == 0
        ? p.preRoot().equals(previousPostRoot) && p.prePath().isEmpty()
        : Merkle.verify(rootsRoot, p.preRoot(), p.entryIndex() - 1, p.prePath());
    if (!preOk || !Merkle.verify(rootsRoot, p.postRoot(), p.entryIndex(), p.postPath())) {
      return fail("RootPathInvalid");
    }
    WitnessAccess state;
    try {
      state = new WitnessAccess(p.preRoot(), parse(p.witnesses()));
      if (isCompact) {
        // spec 3.5: the expansion, or empty (malformed) bytes when there is none
        Stf.applyTx(state, CompactTx.expand(e.slice(1), params.chainId()).orElse(Bytes.EMPTY), params);
      } else if (isTx) {
        Stf.applyTx(state, e.slice(1), params);
      } else {
        Stf.applyQueueItem(state, item, params);
      }
      state.requireAllUsed();
    } catch (IllegalArgumentException bad) {
      return fail("WitnessInvalid");
    }
    return state.root.equals(p.postRoot()) ? fail("NoFraud") : new Verdict("", state.root);
  }

  private static Verdict fail(String error) {
    return new Verdict(error, null);
  }

  /** {@code witness = u16(d) || u8(t) || [b32(k') || b32(v') if t == 1] || b32(siblings){d}}. */
  static List<StateWitness> parse(Bytes bytes) {
    List<StateWitness> out = new ArrayList<>();
    int at = 0;
    while (at < bytes.length()) {
      need(bytes, at, 3);
      int d = bytes.getUnsigned(at) << 8 | bytes.getUnsigned(at + 1);
      int t = bytes.getUnsigned(at + 2);
      at += 3;
      if (t > 1 || d > 256) {
        throw new IllegalArgumentException("witness with t=" + t + ", d=" + d);
      }
      StateWitness.Terminal terminal = new StateWitness.Terminal.Empty();
      if (t == 1) {
        need(bytes, at, 64);
        terminal = new StateWitness.Terminal.Leaf(Bytes32.of(bytes.slice(at, at + 32)),
            Bytes32.of(bytes.slice(at + 32, at + 64)));
        at += 64;
      }
      need(bytes, at, 32 * d);
      List<Bytes32> siblings = new ArrayList<>();
      for (int j = 0; j < d; j++, at += 32) {
        siblings.add(Bytes32.of(bytes.slice(at, at + 32)));
      }
      out.add(new StateWitness(siblings, terminal));
    }
    return out;
  }

  private static void need(Bytes bytes, int at, int n) {
    if (at + n > bytes.length()) {
      throw new IllegalArgumentException("truncated witness");
    }
  }

  /**
   * The state as the contract sees it: a root, and one witness per access (6.3). An access
   * begins with a read, or a write of a key not being read; a write ends it.
   */
  private static final class WitnessAccess implements StateAccess {
    private final List<StateWitness> witnesses;
    private int next;
    private Bytes32 root;
    private Bytes32 open;
    private StateWitness openWitness;

    WitnessAccess(Bytes32 root, List<StateWitness> witnesses) {
      this.root = root;
      this.witnesses = witnesses;
    }

    @Override
    public Bytes32 get(Bytes32 key) {
      if (!key.equals(open)) {
        openWitness = take(key);
        open = key;
      }
      return openWitness.valueRead(key);
    }

    @Override
    public void set(Bytes32 key, Bytes32 value) {
      StateWitness w = key.equals(open) ? openWitness : take(key);
      root = w.rootAfterWrite(key, value);
      open = null;
    }

    private StateWitness take(Bytes32 key) {
      if (next >= witnesses.size()) {
        throw new IllegalArgumentException("missing witness");
      }
      StateWitness w = witnesses.get(next++);
      if (!w.verifies(root, key)) {
        throw new IllegalArgumentException("witness does not fold to the current root");
      }
      return w;
    }

    void requireAllUsed() {
      if (next != witnesses.size()) {
        throw new IllegalArgumentException((witnesses.size() - next) + " witnesses left over");
      }
    }
  }
}
