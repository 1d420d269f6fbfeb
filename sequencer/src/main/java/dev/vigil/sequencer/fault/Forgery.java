package dev.vigil.sequencer.fault;

import dev.vigil.protocol.bytes.Address;
import dev.vigil.protocol.bytes.Bytes;
import dev.vigil.protocol.queue.QueueItem;
import dev.vigil.protocol.rlp.Rlp;
import dev.vigil.protocol.rlp.RlpException;
import dev.vigil.protocol.rlp.RlpItem;
import dev.vigil.protocol.state.Account;
import dev.vigil.protocol.state.ChainParams;
import dev.vigil.protocol.state.L2State;
import dev.vigil.protocol.state.StateTree;
import dev.vigil.protocol.tx.TxClassifier;
import dev.vigil.protocol.tx.TxDecoder;
import dev.vigil.protocol.tx.TxDecoding;
import dev.vigil.protocol.tx.TxKind;
import dev.vigil.protocol.tx.TxSigner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Makes up the transaction of a {@code bad-signature} lie: a transfer of half the balance of the
 * richest account the batch touches to the fee recipient (the sequencer), "signed" with a
 * signature that recovers nobody: a valid signature of another key with {@code s} moved to the
 * high half ({@code n - s}), which EIP-2 forbids (docs/protocol.md 3.1).
 */
final class Forgery {
  /** secp256k1's group order. */
  static final BigInteger N =
      new BigInteger("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16);
  /** Any key: the signature is broken afterwards anyway. */
  private static final BigInteger FORGER_KEY = BigInteger.valueOf(0xbad5160L);
  private static final long GAS = TxKind.ETH_TRANSFER_GAS;

  private Forgery() {}

  /** The forged transaction to append after {@code steps}, run from {@code pre}; empty if nobody has funds. */
  static Optional<Step.Forged> forge(List<Step> steps, StateTree pre, ChainParams p) {
    StateTree end = pre;
    Set<Address> touched = new LinkedHashSet<>();
    for (Step s : steps) {
      end = s.honest(end, p).post();
      touched.addAll(accounts(s));
    }
    touched.remove(p.feeRecipient());
    L2State state = new L2State(end);
    Optional<Address> victim = touched.stream()
        .max((a, b) -> state.account(a).balance().compareTo(state.account(b).balance()));
    if (victim.isEmpty()) {
      return Optional.empty();
    }
    Account account = state.account(victim.get());
    BigInteger fee = p.baseFee().multiply(BigInteger.valueOf(GAS));
    BigInteger value = account.balance().subtract(fee).shiftRight(1);
    if (value.signum() <= 0) {
      return Optional.empty();
    }
    Bytes raw = TxSigner.signLegacy(FORGER_KEY, p.chainId(), account.nonce(), p.baseFee(), GAS,
        p.feeRecipient(), value, Bytes.EMPTY);
    if (!(TxDecoder.decode(highS(raw)) instanceof TxDecoding.Ok ok)) {
      throw new IllegalStateException("a forged transaction does not decode");
    }
    return Optional.of(new Step.Forged(ok.tx(), victim.get()));
  }

  /** The accounts an entry credits or debits. */
  private static List<Address> accounts(Step s) {
    List<Address> out = new ArrayList<>();
    if (s instanceof Step.Tx t) {
      out.add(t.sender());
      if (TxClassifier.classify(t.tx()) instanceof TxKind.EthTransfer e) {
        out.add(e.to());
      }
    } else if (s instanceof Step.Queued q && q.item() instanceof QueueItem.EthDeposit d) {
      out.add(d.to());
    }
    return out;
  }

  /** A legacy transaction with its {@code s} replaced by {@code n - s}. */
  static Bytes highS(Bytes legacyRaw) {
    try {
      List<RlpItem> fields = new ArrayList<>(Rlp.decode(legacyRaw).asList("transaction"));
      BigInteger s = fields.get(8).asUint("s", 32);
      fields.set(8, new RlpItem.RlpString(Bytes.wrap(unsigned(N.subtract(s)))));
      return Rlp.encode(new RlpItem.RlpList(fields));
    } catch (RlpException e) {
      throw new IllegalStateException("our own transaction does not decode", e);
    }
  }

  private static byte[] unsigned(BigInteger v) {
    byte[] b = v.toByteArray();
    return b[0] == 0 ? Arrays.copyOfRange(b, 1, b.length) : b;
  }
}
