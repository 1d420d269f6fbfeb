package dev.vigil.protocol.state;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.bytes.Bytes32;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.tx.SenderRecovery;
import dev.vigil.protocol.tx.SignedTx;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxKind;
import java.util.Optional;

/**
 * The state transition function: one entry (a transaction or an L1 queue item) applied to a
 * state (docs/protocol.md 3 and 4). Pure and deterministic; the sequencer's block builder, the
 * verifier's replay and the Solidity fraud verifier compute the same roots. An invalid
 * transaction is a no-op: its result holds the very pre-state tree.
 *
 * <p>Each entry point exists over a {@link StateTree} (returning the next tree) and over a
 * {@link StateAccess} (the fraud-proof builder's recorder), which sees the reads and writes in
 * the access order of 6.3.
 */
public final class Stf {
  private Stf() {}

  /** Decodes {@code raw}, checks the chain id, recovers the sender, then as below. */
  public static EntryResult applyTx(StateTree pre, Bytes raw, ChainParams p) {
    TreeAccess state = new TreeAccess(pre);
    Outcome outcome = applyTx(state, raw, p);
    return new EntryResult(state.tree(), outcome);
  }

  /** A decoded transaction whose sender the caller recovered (empty: invalid signature). */
  public static EntryResult applyTx(StateTree pre, SignedTx tx, Optional<Address> sender, ChainParams p) {
    TreeAccess state = new TreeAccess(pre);
    Outcome outcome = applyTx(state, tx, sender, p);
    return new EntryResult(state.tree(), outcome);
  }

  /** A deposit is credited (saturating); a forced transaction runs exactly as a transaction entry. */
  public static EntryResult applyQueueItem(StateTree pre, QueueItem item, ChainParams p) {
    TreeAccess state = new TreeAccess(pre);
    Outcome outcome = applyQueueItem(state, item, p);
    return new EntryResult(state.tree(), outcome);
  }

  /** {@link #applyTx(StateTree, Bytes, ChainParams)} over any state access. */
  public static Outcome applyTx(StateAccess state, Bytes raw, ChainParams p) {
    TxDecoding d = TxDecoder.decode(raw);
    if (d instanceof TxDecoding.Malformed m) {
      return new Outcome.Invalid(Validity.MALFORMED, m.reason());
    }
    SignedTx tx = ((TxDecoding.Ok) d).tx();
    // rule 2 comes before rule 3: no need to pay for a recovery whose result cannot matter
    Optional<Address> sender = tx.chainId() == p.chainId() ? SenderRecovery.recover(tx) : Optional.empty();
    return applyTx(state, tx, sender, p);
  }

  /** {@link #applyTx(StateTree, SignedTx, Optional, ChainParams)} over any state access. */
  public static Outcome applyTx(StateAccess state, SignedTx tx, Optional<Address> sender, ChainParams p) {
    TxKind kind = TxClassifier.classify(tx);
    ValidityRules.Verdict v = ValidityRules.stateless(tx, sender, kind.gas(), p);
    if (v.valid()) {
      Account account = Account.fromWord(state.get(StateKeys.account(sender.get())));
      v = ValidityRules.stateful(tx, sender.get(), account);
    }
    if (!v.valid()) {
      return new Outcome.Invalid(v.validity(), v.detail());
    }
    return TxExecution.run(state, tx, sender.get(), kind, p);
  }

  /** {@link #applyQueueItem(StateTree, QueueItem, ChainParams)} over any state access. */
  public static Outcome applyQueueItem(StateAccess state, QueueItem item, ChainParams p) {
    if (item instanceof QueueItem.ForcedTx f) {
      return applyTx(state, f.tx(), p);
    }
    if (item instanceof QueueItem.EthDeposit d) {
      Bytes32 key = StateKeys.account(d.to());
      Account a = Account.fromWord(state.get(key));
      state.set(key, new Account(a.nonce(), Credit.eth(a.balance(), d.amount())).toWord());
    } else {
      QueueItem.TokenDeposit d = (QueueItem.TokenDeposit) item;
      Bytes32 key = StateKeys.token(d.token(), d.to());
      state.set(key, Bytes32.fromBigInteger(Credit.token(state.get(key).toBigInteger(), d.amount())));
    }
    return new Outcome.Deposited(item);
  }

  /**
   * Rules 2 to 7 of 3.3 for mempool admission (rule 3 holds: the caller recovered
   * {@code sender}): the first that fails, or {@link Validity#VALID}.
   */
  public static Validity check(StateTree state, SignedTx tx, Address sender, ChainParams p) {
    ValidityRules.Verdict v =
        ValidityRules.stateless(tx, Optional.of(sender), TxClassifier.classify(tx).gas(), p);
    if (v.valid()) {
      v = ValidityRules.stateful(tx, sender, new L2State(state).account(sender));
    }
    return v.validity();
  }
}
